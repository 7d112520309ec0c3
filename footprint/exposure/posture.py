"""Posture checks: the account-security points of the guidance, as far as exports show.

Each check is ``met``, ``not_met`` or ``unknown`` with a reason and what to do. What the
exports can answer:

- **two-factor authentication**: no export footprint reads states it, so ``unknown`` per
  platform with where to turn it on (an export that records it would say ``met``);
- **connected third-party apps**: X's ``app.js``/``connected-application.js`` and
  Facebook's apps files list them: ``not_met`` when any are connected, ``met`` when the
  list is empty, ``unknown`` where the export has no such list;
- **a work e-mail address on a personal account**: from the account e-mail addresses
  and the e-mail-domain signals;
- **WhatsApp used for work**: a WhatsApp group about work, by its name or the person's
  messages in it (:mod:`footprint.exposure.work_chats`): ``not_met``, else ``unknown``;
- **recent logins and devices**: where the export records them (Facebook, Instagram,
  TikTok, Reddit), how many, from how many addresses and devices, and since when: the
  person must say whether they recognise them, so ``unknown``.

The checks no export can answer are listed as ``unknown`` with what to do: mail
forwarding, passwords of three random words, locked devices, an incident recovery plan,
a personal e-mail address on an official account, and who can post for an official
account with what approval.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from footprint.exposure import guidance, work_chats
from footprint.exposure.actions import BY_NAME
from footprint.exposure.instructions import instructions
from footprint.model import App, ProfileField, SecurityRecord
from footprint.platforms import info
from footprint.platforms import title as platform_title
from footprint.signals import Signal


@dataclass(frozen=True, slots=True)
class Check:
    check: str
    status: str  # met | not_met | unknown
    detail: str
    platform: str | None = None
    guidance: str = ""
    action: str | None = None  # the plan action that fixes it

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "status": self.status,
            "detail": self.detail,
            "platform": self.platform,
            "guidance": self.guidance,
        }


class PostureCollector:
    """Sees the records as they stream past, keeps what the checks need (small)."""

    def __init__(self) -> None:
        self.apps: dict[str, list[str]] = defaultdict(list)
        self.emails: dict[str, set[str]] = defaultdict(set)
        self.logins: dict[str, list[SecurityRecord]] = defaultdict(list)
        self.two_factor: dict[str, str] = {}
        self.work_chats = work_chats.WorkChats()

    def feed(self, item: Any) -> None:
        self.work_chats.feed(item)
        if isinstance(item, App):
            self.apps[item.ref.platform].append(item.name)
        elif isinstance(item, ProfileField) and item.field == "email":
            self.emails[item.ref.platform].add(item.value.strip().lower())
        elif isinstance(item, SecurityRecord):
            if item.kind in ("login", "session", "device"):
                if len(self.logins[item.ref.platform]) < 100_000:
                    self.logins[item.ref.platform].append(item)
            elif item.kind == "two_factor":
                self.two_factor[item.ref.platform] = (item.value or "").lower()

    def checks(
        self, platforms: list[str], kinds: dict[str, set[str]], signals: list[Signal]
    ) -> list[Check]:
        out: list[Check] = []
        for p in platforms:
            out.append(self._two_factor(p))
        for p in platforms:
            out.append(self._apps(p, kinds.get(p, set())))
        out.extend(self._work_email(platforms, signals))
        for p in platforms:
            if self.logins.get(p):
                out.append(self._logins(p))
        found = self.work_chats.verdict(platforms, signals)
        if found is not None:
            out.append(
                Check(
                    work_chats.CHECK,
                    found.status,
                    found.detail,
                    work_chats.PLATFORM,
                    guidance.WHATSAPP,
                    found.action,
                )
            )
        out.extend(_UNANSWERABLE)
        return out

    def _two_factor(self, p: str) -> Check:
        name = platform_title(p)
        state = self.two_factor.get(p)
        how = instructions("turn_on_2fa", p)
        if state is not None:
            on = state in ("on", "true", "enabled", "yes", "1")
            return Check(
                "two_factor",
                "met" if on else "not_met",
                f"The {name} export says two-factor authentication is "
                f"{'on' if on else 'off'}." + ("" if on else f" {how}"),
                p,
                guidance.TWO_FACTOR,
                None if on else "turn_on_2fa",
            )
        return Check(
            "two_factor",
            "unknown",
            f"The {name} export does not say whether two-factor authentication is on. Check: {how}",
            p,
            guidance.TWO_FACTOR,
            "turn_on_2fa",
        )

    def _apps(self, p: str, kinds: set[str]) -> Check:
        name = platform_title(p)
        apps = sorted(set(self.apps.get(p, [])))
        if apps:
            shown = ", ".join(apps[:5]) + (f" and {len(apps) - 5} more" if len(apps) > 5 else "")
            return Check(
                "third_party_apps",
                "not_met",
                f"{len(apps)} app{'s' if len(apps) != 1 else ''} connected to {name}: "
                f"{shown}. Revoke those you do not use: {instructions('remove_apps', p)}",
                p,
                guidance.THIRD_PARTY,
                "remove_apps",
            )
        if kinds & _app_kinds(p):
            return Check(
                "third_party_apps",
                "met",
                f"The {name} export lists no connected apps.",
                p,
                guidance.THIRD_PARTY,
            )
        return Check(
            "third_party_apps",
            "unknown",
            f"This {name} export does not list connected apps; check the account's "
            "settings for apps and websites with access.",
            p,
            guidance.THIRD_PARTY,
        )

    def _work_email(self, platforms: list[str], signals: list[Signal]) -> list[Check]:
        work = defaultdict(set)
        for s in signals:
            if (
                s.kind == "email_domain"
                and s.source.field == "email"
                and s.reveals in ("employer", "sector")
            ):
                work[s.platform].add(s.matched)
        out = []
        for p in platforms:
            name = platform_title(p)
            if work.get(p):
                domains = ", ".join(sorted(work[p]))
                out.append(
                    Check(
                        "work_email_on_personal_account",
                        "not_met",
                        f"The {name} account uses a work address (@{domains}). "
                        f"{instructions('change_email', p)}",
                        p,
                        guidance.WORK_EMAIL,
                        "change_email",
                    )
                )
            elif self.emails.get(p):
                out.append(
                    Check(
                        "work_email_on_personal_account",
                        "met",
                        f"The {name} account's e-mail addresses are not at a work "
                        "domain footprint knows.",
                        p,
                        guidance.WORK_EMAIL,
                    )
                )
        return out

    def _logins(self, p: str) -> Check:
        name = platform_title(p)
        recs = self.logins[p]
        ips = {r.value for r in recs if r.value}
        devices = {r.detail for r in recs if r.detail}
        dates = sorted(r.ref.date for r in recs if r.ref.date)
        span = f" between {dates[0][:10]} and {dates[-1][:10]}" if dates else ""
        return Check(
            "recent_logins",
            "unknown",
            f"{len(recs)} sign-ins or sessions on {name}{span}, from {len(ips)} "
            f"address{'es' if len(ips) != 1 else ''} and {len(devices)} "
            f"device{'s' if len(devices) != 1 else ''}. Check you recognise each; if "
            "not, change the password, turn on 2FA and follow the recovery steps.",
            p,
            guidance.LOGINS,
        )


_UNANSWERABLE = [
    Check(
        "personal_email_on_official_account",
        "unknown",
        "footprint cannot tell which accounts are official. Any account you run for your "
        "employer must use an official e-mail address and devices, never a personal one.",
        None,
        guidance.WORK_EMAIL,
    ),
    Check(
        "mail_forwarding",
        "unknown",
        "No export shows mail forwarding. In your e-mail settings, check that no forwarding "
        "rule sends your mail elsewhere (attackers add one after a phishing login).",
        None,
        guidance.MAIL_FORWARDING,
    ),
    Check(
        "password_three_random_words",
        "unknown",
        "No export shows passwords. Use a different password of three random words for "
        "each account, kept in a password manager.",
        None,
        guidance.PASSWORDS,
    ),
    Check(
        "devices_locked",
        "unknown",
        "No export shows your devices. Lock phones and computers with a PIN or password "
        "whenever you leave them.",
        None,
        guidance.LOCK_DEVICES,
    ),
    Check(
        "incident_recovery_plan",
        "unknown",
        "Write down now what you will do if an account is taken over or your details are "
        "posted: who to call at work, how to recover each account, and Action Fraud.",
        None,
        guidance.RECOVERY_PLAN,
    ),
    Check(
        "official_account_access",
        "unknown",
        "For any official account you use: only authorised staff have access, each through "
        "their own login with 2FA (a management tool with an audit trail), access is removed "
        "when people leave, and posts go through an approval process.",
        None,
        guidance.OFFICIAL_ACCESS,
    ),
]


def security_steps(checks: list[Check]) -> list[tuple[str, str, str, str]]:
    """(action, platform, title, guidance) for the checks a plan step can fix."""
    out = []
    for c in checks:
        if c.action and c.platform and c.status in ("not_met", "unknown"):
            row = BY_NAME.get(c.action)
            title = (
                row.title.format(platform=platform_title(c.platform))
                if row is not None
                else c.action
            )
            out.append((c.action, c.platform, title, c.guidance))
    return out


def _app_kinds(platform: str) -> frozenset[str]:
    cls = info(platform)
    return cls.app_kinds if cls is not None else frozenset()
