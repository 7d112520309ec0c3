"""The words of the human-readable reports, shared by HTML, Markdown and text.

People who read these reports are rarely technical: they get a confidence in words with
the number beside it ("strong (0.95)"), a sentence for the exposure ("Anyone who looks
can tell that South Wales Police is your employer"), each plan step as something to do
with what it removes and the score after it, and each security check as what was found
and how to fix it. Everything here goes through gettext (:mod:`footprint.report.i18n`):
``Words("cy")`` speaks Welsh.

What detectors and other stages write as prose (a signal's ``why``, a check's
``detail``) is English only; the reports show it as a technical detail in English
reports, and build their own sentences from the structured fields in every language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from footprint.exposure.instructions import instructions
from footprint.platforms import info
from footprint.platforms import title as platform_title
from footprint.report.i18n import DEFAULT, translations
from footprint.signals import REVEALS, Signal

if TYPE_CHECKING:
    from footprint.exposure.plan import Step
    from footprint.exposure.posture import Check
    from footprint.exposure.scoring import Exposure

# Confidence in words: "strong" where footprint is nearly sure, "likely", else "possible".
STRONG = 0.8
LIKELY = 0.5


class Words:
    """The reports' wording in one language (``en`` or ``cy``)."""

    def __init__(self, lang: str = DEFAULT) -> None:
        self.lang = lang
        self._t = translations(lang)

    # gettext -------------------------------------------------------------------------

    def _(self, message: str) -> str:
        return self._t.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._t.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._t.pgettext(context, message)

    def runtime(self, text: str) -> str:
        """A fixed text written by another stage (an instruction, a coverage note, a line
        of guidance), translated when the catalogue has it (``i18n.runtime_messages``)."""
        return self._t.gettext(text) if text else text

    # what a signal reveals --------------------------------------------------------------

    def reveals(self, reveals: str) -> str:
        """What is revealed, as a noun phrase: "your employer"."""
        names = {
            "employer": self._("your employer"),
            "sector": self._("your line of work"),
            "role": self._("your role"),
            "location": self._("where you are"),
            "identity": self._("links between your accounts"),
            "personal": self._("personal details"),
        }
        return names.get(reveals, reveals)

    def reveals_heading(self, reveals: str) -> str:
        """A heading for the signals that reveal one thing: "What shows your employer"."""
        names = {
            "employer": self._("What shows your employer"),
            "sector": self._("What shows your line of work"),
            "role": self._("What shows your role"),
            "location": self._("What shows where you are"),
            "identity": self._("What links your accounts"),
            "personal": self._("What gives personal details away"),
        }
        return names.get(reveals, reveals)

    def target_label(self, reveals: str) -> str:
        """The short label of a score per target: "Employer"."""
        names = {
            "employer": self._("Employer"),
            "sector": self._("Line of work"),
            "role": self._("Role"),
            "location": self._("Whereabouts"),
            "identity": self._("Linked accounts"),
            "personal": self._("Personal details"),
        }
        return names.get(reveals, reveals)

    def target(self, signal: Signal) -> str:
        """What exactly is revealed, for people: the organisation's name, a place, the
        other account; the personal details footprint names in English, translated."""
        return self.target_text(signal.reveals, signal.target or signal.matched)

    def target_text(self, reveals: str, raw: str) -> str:
        """A target as the graph and signals name it (``linkedin:jane``), for people."""
        fixed = {  # targets detectors name in English rather than from a profile
            "public sector": self._("public sector"),
            "home area": self._("home area"),
            "likely workplace": self._("likely workplace"),
        }
        if raw in fixed:
            return fixed[raw]
        if reveals == "personal":
            return self._personal(raw)
        if reveals == "identity" and ":" in raw:
            return self.account_ref(raw)
        return raw

    def _personal(self, what: str) -> str:
        names = {
            "birthday": self._("birthday"),
            "phone number": self._("phone number"),
            "family member": self._("family member"),
            "family member's name": self._("family member's name"),
            "home town": self._("home town"),
            "maiden name": self._("maiden name"),
            "relationship": self._("relationship"),
            "pet's name": self._("pet's name"),
            "school": self._("school"),
        }
        return names.get(what, what)

    def account_ref(self, ref: str) -> str:
        """``linkedin:jane-doe`` -> "LinkedIn jane-doe"; ``x:`` -> "your X account"."""
        plat, _, handle = ref.partition(":")
        name = platform_title(plat)
        if not handle:
            return self._("your {platform} account").format(platform=name)
        return f"{name} {handle}"

    # confidence, visibility, where --------------------------------------------------------

    def confidence_word(self, confidence: float) -> str:
        if confidence >= STRONG:
            return self._("strong")
        if confidence >= LIKELY:
            return self._("likely")
        return self._("possible")

    def confidence(self, confidence: float) -> str:
        """ "strong (0.95)": the word, with the number beside it."""
        return f"{self.confidence_word(confidence)} ({confidence:.2f})"

    def visibility(self, visibility: str) -> str:
        names = {
            "public": self._("public"),
            "connections": self._("seen by your connections"),
            "private": self._("private (the platform holds it)"),
            "unknown": self._("visibility not in the export"),
        }
        return names.get(visibility, visibility)

    def item(self, kind: str | None, field: str) -> str:
        """What the evidence is: "post", "like", "bio"..."""
        if kind in (None, "profile", "list"):
            return self.field(field)
        names = {
            "post": self.pgettext("item", "post"),
            "reply": self.pgettext("item", "reply"),
            "share": self.pgettext("item", "shared post"),
            "repost": self.pgettext("item", "repost"),
            "like": self.pgettext("item", "like"),
            "comment": self.pgettext("item", "comment"),
            "group": self.pgettext("item", "group"),
            "page": self.pgettext("item", "page"),
            "company": self.pgettext("item", "company followed"),
            "subreddit": self.pgettext("item", "community"),
            "hashtag": self.pgettext("item", "hashtag"),
            "position": self.pgettext("item", "job"),
            "education": self.pgettext("item", "education"),
            "media": self.pgettext("item", "photo or video"),
            "image": self.pgettext("item", "picture"),
            "event": self.pgettext("item", "event"),
            "place": self.pgettext("item", "place"),
            "connection": self.pgettext("item", "connection"),
        }
        return names.get(kind or "", kind or field)

    def field(self, field: str) -> str:
        """A profile field or list, as a noun: "bio", "connections list"."""
        names = {
            "bio": self.pgettext("field", "bio"),
            "display_name": self.pgettext("field", "display name"),
            "handle": self.pgettext("field", "handle"),
            "headline": self.pgettext("field", "headline"),
            "summary": self.pgettext("field", "summary (About)"),
            "location": self.pgettext("field", "location"),
            "website": self.pgettext("field", "website"),
            "profile_field": self.pgettext("field", "profile fields"),
            "birthday": self.pgettext("field", "birthday"),
            "phone": self.pgettext("field", "phone number"),
            "email": self.pgettext("field", "e-mail address"),
            "family": self.pgettext("field", "family members"),
            "hometown": self.pgettext("field", "home town"),
            "education": self.pgettext("field", "education"),
            "avatar": self.pgettext("field", "profile picture and header"),
            "relationship": self.pgettext("field", "relationship"),
            "maiden_name": self.pgettext("field", "maiden name"),
            "position": self.pgettext("field", "job"),
            "connections": self.pgettext("field", "connections list"),
            "friends": self.pgettext("field", "friends list"),
            "following": self.pgettext("field", "list of accounts you follow"),
            "followers": self.pgettext("field", "followers list"),
            "groups": self.pgettext("field", "groups"),
        }
        return names.get(field, field.replace("_", " "))

    def where(self, signal: Signal) -> str:
        """ "X post, 2023-03-12": the platform, what the evidence is, and its date."""
        what = self._("{platform} {item}").format(
            platform=platform_title(signal.platform),
            item=self.item(signal.item_kind, signal.source.field),
        )
        date = (signal.source.date or "")[:10]
        return f"{what}, {date}" if date else what

    # why a signal counts ------------------------------------------------------------------

    def reason(self, signal: Signal) -> str:
        """Why the evidence counts, in one plain sentence built from the signal's fields."""
        t = self.target(signal)
        m = signal.matched
        r = signal.reveals
        kind = signal.kind
        if kind == "position":
            return self._("Your profile lists a job at {target}.").format(target=t)
        if kind == "job_title":
            return self._("It gives your job: {title}.").format(title=m)
        if kind == "colleague_share" and r == "employer":
            return self._(
                "Many of your connections work at {target}: a crowd of colleagues "
                "gives your employer away."
            ).format(target=t)
        if kind == "colleague_share":
            return self._(
                "Some of your connections work in {target}: they point to your line of work."
            ).format(target=t)
        if kind == "follows_official":
            return self._("You follow {account}, an official account of {target}.").format(
                account=m, target=t
            )
        if kind == "group":
            return self._("You belong to or follow a group or page tied to {target}.").format(
                target=t
            )
        if kind == "hashtag":
            return self._("{tag} is a hashtag tied to {target}.").format(tag=m, target=t)
        if kind == "emoji":
            return self._("{emoji} is a symbol tied to {target}.").format(emoji=m, target=t)
        if kind == "link_domain":
            return self._("It links to {domain}, a website of {target}.").format(domain=m, target=t)
        if kind == "email_domain":
            return self._("It shows an e-mail address at {domain}, a domain of {target}.").format(
                domain=m, target=t
            )
        if kind == "employment_statement" and r == "employer":
            return self._("It says where you work: {target}.").format(target=t)
        if kind == "employment_statement":
            return self._("It says something about your work: “{words}”.").format(words=m)
        if kind == "place":
            return self._("It places you at {place}.").format(place=t)
        if kind == "routine" and r in ("employer", "sector"):
            return self._(
                "Your activities keep starting or ending at a site of {target}: a regular commute."
            ).format(target=t)
        if kind == "routine":
            return self._("Your activities keep starting or ending here: {place}.").format(place=t)
        if kind == "image":
            return self._("A picture looks like {target}.").format(target=t)
        if kind == "cross_account":
            return self._("It ties this account to another of yours: {account}.").format(account=t)
        if kind == "personal_info":
            return self._("It gives a personal detail away: {what}.").format(what=t)
        if kind == "mention" and r == "employer":
            return self._("It names {target}.").format(target=t)
        if kind == "mention" and r == "role":
            return self._("It gives your job: {title}.").format(title=m)
        if kind == "mention":
            return self._("“{words}” is a term tied to {target}.").format(words=m, target=t)
        return signal.why

    # the score -------------------------------------------------------------------------

    def tier(self, tier: str) -> str:
        names = {
            "low": self._("Low exposure"),
            "medium": self._("Medium exposure"),
            "high": self._("High exposure"),
            "critical": self._("Critical exposure"),
        }
        return names.get(tier, tier)

    def score(self, score: int) -> str:
        return self._("{score} out of 100").format(score=score)

    def headline(self, exposure: Exposure, employer: str | None) -> str:
        """One sentence a person understands at once, from how plainly the employer shows
        (the employer's score), then the line of work."""
        e = exposure.by_target.get("employer", 0)
        if employer:
            if e >= 75:
                return self._("Anyone who looks can tell that {org} is your employer.").format(
                    org=employer
                )
            if e >= 50:
                return self._(
                    "Someone who looks can probably tell that {org} is your employer."
                ).format(org=employer)
            if e >= 25:
                return self._(
                    "Someone who searches could piece together that {org} is your employer."
                ).format(org=employer)
        elif e >= 50:
            return self._("Anyone who looks can tell where you work.")
        elif e >= 25:
            return self._("Someone who searches could piece together where you work.")
        if exposure.by_target.get("sector", 0) >= 50 or exposure.by_target.get("role", 0) >= 50:
            return self._(
                "These exports do not plainly name your employer, but they show your line of work."
            )
        return self._(
            "Little in these exports points to your employer. footprint sees only what "
            "these exports hold."
        )

    def plan_outcome(self, score: int, steps: Sequence[Step], high_risk: bool) -> str:
        changing = [s for s in steps if s.kind == "exposure"]
        target = 25 if high_risk else 50
        if not changing:
            if score < target:
                return self._(
                    "The score is already below {target}: no step is needed to lower it. "
                    "The security checks below still apply."
                ).format(target=target)
            return self._(
                "No step in these exports lowers the score: what gives you away is not "
                "something these exports let footprint plan for."
            )
        final = changing[-1].score_after
        return self.ngettext(
            "The plan below brings the score from {score} to {final} in {n} step.",
            "The plan below brings the score from {score} to {final} in {n} steps.",
            len(changing),
        ).format(score=score, final=final, n=len(changing))

    # the plan ----------------------------------------------------------------------------

    def step_title(self, step: Step, signals: Sequence[Signal]) -> str:
        """What to do, for people, starting with the platform: "X: delete 2 posts"."""
        p = platform_title(step.platform)
        n = len({s.source.item or s.source.field for s in signals}) or len(step.signals)
        a = step.action
        if a == "edit_profile":
            fields = sorted({s.source.field for s in signals}) or ["profile_field"]
            return self._("{platform}: edit your {field}").format(
                platform=p, field=self.field(fields[0])
            )
        if a == "remove_position":
            job = next((s.evidence for s in signals if s.kind == "position"), None)
            if job is None:
                return self._("{platform}: remove the job from your profile").format(platform=p)
            return self._("{platform}: remove the job “{job}”").format(platform=p, job=job)
        if a == "leave_group":
            name = next((s.source.item or s.matched for s in signals), "")
            return self._("{platform}: leave or unfollow “{group}”").format(platform=p, group=name)
        if a == "hide_connections":
            if any(s.source.field == "friends" for s in signals):
                return self._("{platform}: hide your friends list").format(platform=p)
            return self._("{platform}: hide your connections list").format(platform=p)
        if a == "make_private":
            cls = info(step.platform)
            setting = cls.private.setting if cls is not None and cls.private else None
            if setting:
                return self._("{platform}: make your account private (“{setting}”)").format(
                    platform=p, setting=setting
                )
            return self._("{platform}: make the account private").format(platform=p)
        counted = {
            "delete_posts": self.ngettext(
                "{platform}: delete {n} post", "{platform}: delete {n} posts", n
            ),
            "delete_comments": self.ngettext(
                "{platform}: delete {n} comment", "{platform}: delete {n} comments", n
            ),
            "remove_likes": self.ngettext(
                "{platform}: remove {n} like", "{platform}: remove {n} likes", n
            ),
            "undo_reposts": self.ngettext(
                "{platform}: undo {n} repost", "{platform}: undo {n} reposts", n
            ),
            "hide_events": self.ngettext(
                "{platform}: remove your response to {n} event",
                "{platform}: remove your response to {n} events",
                n,
            ),
            "remove_location": self.ngettext(
                "{platform}: remove the location from {n} item",
                "{platform}: remove the location from {n} items",
                n,
            ),
            "remove_images": self.ngettext(
                "{platform}: replace or delete {n} picture",
                "{platform}: replace or delete {n} pictures",
                n,
            ),
            "unfollow": self.ngettext(
                "{platform}: unfollow {n} official account",
                "{platform}: unfollow {n} official accounts",
                n,
            ),
        }
        if a in counted:
            return counted[a].format(platform=p, n=n)
        fixed = {
            "change_email": self._("{platform}: use a personal e-mail address"),
            "change_handle": self._("{platform}: change your handle"),
            "separate_emails": self._("{platform}: use an e-mail address of its own"),
            "unlink_accounts": self._("{platform}: remove the link to your other account"),
            "turn_on_2fa": self._("{platform}: turn on two-factor authentication"),
            "remove_apps": self._("{platform}: revoke the apps you do not use"),
            "move_work_chats": self._("{platform}: move work conversations off it"),
        }
        if a in fixed:
            return fixed[a].format(platform=p)
        if a == "separate_accounts":
            return self._("Keep work and personal accounts apart")
        return self.runtime(step.title)

    def step_how(self, step: Step, signals: Sequence[Signal], exposure: Exposure | None) -> str:
        """Where the setting is (the platform's own instructions), in the reader's language."""
        if step.action == "separate_accounts":
            exposed = [
                f"{platform_title(a.platform)} ({a.account})"
                for a in (exposure.by_account if exposure else ())
                if a.by_target.get("employer", 0) >= 50
            ][:4]
            text = self._(
                "Use one account for work (declared to your employer) and keep personal "
                "accounts free of work: no employer, colleagues, official accounts, work "
                "e-mail or workplace photos."
            )
            if exposed:
                text = (
                    self._("These accounts give your employer away: {accounts}.").format(
                        accounts=", ".join(exposed)
                    )
                    + " "
                    + text
                )
            return text
        template = instructions(step.action, step.platform)
        if not template:
            return self.runtime(step.instructions)
        fields = sorted({s.source.field for s in signals})
        field = self.field(fields[0]) if fields else self.pgettext("field", "profile fields")
        return self.runtime(template).replace("{field}", field)

    def step_removes(
        self, step: Step, signals: Sequence[Signal], before: Mapping[str, int] | None = None
    ) -> str:
        """What a step takes away (or hides from strangers), by what it showed, out of how
        many pieces of evidence showed it before the step (``before``)."""
        if step.kind == "security":
            return self._("It protects the accounts themselves; it does not change the score.")
        if step.kind == "advice":
            return self._("Advice for the way you use your accounts; it does not change the score.")
        counts = Counter(s.reveals for s in signals)
        parts = ", ".join(
            f"{self.reveals(r)} ({self._of(counts[r], before.get(r)) if before else counts[r]})"
            for r in REVEALS
            if counts.get(r)
        )
        if not parts:
            return ""
        if step.effect == "hide":
            return self._("It hides from strangers evidence of: {what}.").format(what=parts)
        return self._("It removes evidence of: {what}.").format(what=parts)

    def _of(self, n: int, total: int | None) -> str:
        """ "2 of 15": what a step deals with, of what showed the same before it."""
        if total is None:
            return str(n)
        return self._("{n} of {total}").format(n=n, total=max(total, n))

    def still(self, remaining: Mapping[str, int]) -> str:
        """What still gives the person away after a step that left the score high."""
        parts = ", ".join(
            f"{self.reveals(r)} ({remaining[r]})" for r in REVEALS if remaining.get(r)
        )
        return self._("Still showing: {what}.").format(what=parts) if parts else ""

    def step_score(self, step: Step, before: int) -> str:
        """The score after a step, short; the plan's introduction says why it may not move."""
        if step.kind != "exposure":
            return self._("Score unchanged")
        if step.score_after < before:
            return self._("Score after: {after}").format(after=step.score_after)
        return self._("Score after: {after} (no change yet)").format(after=step.score_after)

    def plan_note(self) -> str:
        return self._(
            "A step can leave the score where it is while other evidence still shows the "
            "same thing; the score falls as the steps add up. Tick each step as you do it "
            "(the ticks are not saved)."
        )

    def guidance(self, text: str) -> str:
        """A guidance reference, its source files named as people know them."""
        out = self.runtime(text)
        for file, name in self._sources().items():
            out = out.replace(file, name)
        return out

    def _sources(self) -> dict[str, str]:
        return {
            "welsh-government-social-media-policy-summary.txt": self._(
                "Welsh Government social media policy"
            ),
            "mp-online-safety-toolkit-extract.txt": self._("MPs' online safety toolkit"),
            "using-social-media-responsibly-at-work-and-home.md": self._(
                "Using social media responsibly at work and at home"
            ),
            "ncsc-notes.md": self._("NCSC advice"),
            "gcs-social-media-security-awareness.txt": self._(
                "GCS social media security awareness"
            ),
        }

    def which_ones(self, n: int) -> str:
        return self.ngettext("Which one", "Which ones ({n})", n).format(n=n)

    def show_more(self, n: int) -> str:
        return self.ngettext("Show {n} more", "Show {n} more", n).format(n=n)

    def more(self, n: int) -> str:
        return self.ngettext("and {n} more", "and {n} more", n).format(n=n)

    def more_in_json(self, n: int) -> str:
        return self.ngettext(
            "and {n} more in the JSON report (--format json)",
            "and {n} more in the JSON report (--format json)",
            n,
        ).format(n=n)

    def more_in_manifests(self, n: int) -> str:
        return self.ngettext(
            "and {n} more in the JSON report and the deletion manifests",
            "and {n} more in the JSON report and the deletion manifests",
            n,
        ).format(n=n)

    def counts(self, counts: dict[str, int]) -> str:
        """What was read from one export: "posts: 28, likes: 10"."""
        names = {
            "posts": self._("posts"),
            "replies": self._("replies"),
            "reposts": self._("reposts"),
            "likes": self._("likes"),
            "comments": self._("comments"),
            "shares": self._("shared posts"),
            "following": self._("accounts followed"),
            "followers": self._("followers"),
            "friends": self._("friends"),
            "connections": self._("connections"),
            "groups": self._("groups"),
            "pages": self._("pages"),
            "companies": self._("companies followed"),
            "lists": self._("lists"),
            "subreddits": self._("communities"),
            "positions": self._("jobs"),
            "education": self._("education"),
            "media": self._("photos and videos"),
            "images": self._("image files"),
            "places": self._("places"),
            "events": self._("events"),
            "apps": self._("apps"),
            "security": self._("security records"),
            "profile_fields": self._("profile fields"),
            "accounts": self._("accounts"),
        }
        return ", ".join(
            f"{names.get(k, k.replace('_', ' '))}: {n:,}" for k, n in sorted(counts.items())
        )

    # sentences both human formats use -----------------------------------------------------

    def caveat(self) -> str:
        return self._(
            "footprint sees only what these exports hold. A clean result does not mean "
            "nothing about you is online: see what the scan could not read, at the end."
        )

    def no_score(self) -> str:
        return self._("Nothing in these paths could be read, so there is no score.")

    def nothing_found(self) -> str:
        return self._("Nothing in these exports was found to reveal your work or personal details.")

    def problems_intro(self) -> str:
        return self._(
            "These files, or parts of them, could not be read. What they hold is missing "
            "from this report."
        )

    def all_read(self) -> str:
        return self._("Every file footprint recognised was read whole.")

    def made_here(self) -> str:
        return self._(
            "Made by footprint on your own computer: nothing was sent anywhere. It holds "
            "personal data: keep it as safe as the exports themselves."
        )

    # security checks --------------------------------------------------------------------

    def check_name(self, check: Check) -> str:
        names = {
            "two_factor": self._("Two-factor authentication"),
            "third_party_apps": self._("Apps connected to your account"),
            "work_email_on_personal_account": self._("A work e-mail address on a personal account"),
            "recent_logins": self._("Recent sign-ins"),
            "personal_email_on_official_account": self._("Official accounts use work addresses"),
            "mail_forwarding": self._("Mail forwarding"),
            "password_three_random_words": self._("Passwords of three random words"),
            "devices_locked": self._("Locked devices"),
            "incident_recovery_plan": self._("A plan for when something goes wrong"),
            "official_account_access": self._("Who can post for an official account"),
            "whatsapp_for_work": self._("WhatsApp used for work"),
        }
        return names.get(check.check, check.check.replace("_", " "))

    def check_status(self, status: str) -> str:
        names = {
            "met": self._("Done"),
            "not_met": self._("Needs action"),
            "unknown": self._("Check yourself"),
        }
        return names.get(status, status)

    def check_finding(self, check: Check) -> str:
        """What the exports say (or cannot say) about the check."""
        c, s = check.check, check.status
        found = {
            ("two_factor", "met"): self._("The export says two-factor authentication is on."),
            ("two_factor", "not_met"): self._(
                "The export says two-factor authentication is off: anyone with your password "
                "can sign in."
            ),
            ("two_factor", "unknown"): self._(
                "The export does not say whether two-factor authentication is on."
            ),
            ("third_party_apps", "met"): self._("The export lists no connected apps."),
            ("third_party_apps", "not_met"): self._(
                "Apps are connected to the account: each can read or post for you."
            ),
            ("third_party_apps", "unknown"): self._("The export does not list connected apps."),
            ("work_email_on_personal_account", "met"): self._(
                "The account's e-mail addresses are not at a work domain footprint knows."
            ),
            ("work_email_on_personal_account", "not_met"): self._(
                "The account uses a work e-mail address: a breach or a data request ties "
                "it to your employer."
            ),
            ("recent_logins", "unknown"): self._(
                "The export records sign-ins and devices: only you can tell whether you "
                "recognise each one."
            ),
            ("personal_email_on_official_account", "unknown"): self._(
                "footprint cannot tell which accounts are official. Any account you run for "
                "your employer must use an official e-mail address and devices."
            ),
            ("mail_forwarding", "unknown"): self._(
                "No export shows mail forwarding. Attackers add a forwarding rule after a "
                "phishing sign-in."
            ),
            ("password_three_random_words", "unknown"): self._("No export shows passwords."),
            ("devices_locked", "unknown"): self._("No export shows your devices."),
            ("incident_recovery_plan", "unknown"): self._(
                "No export can show whether you have a plan for an account taken over or "
                "your details posted."
            ),
            ("official_account_access", "unknown"): self._(
                "No export shows who can post for an official account you use."
            ),
            ("whatsapp_for_work", "not_met"): self._(
                "The export shows groups about work: WhatsApp is not permitted for work, and "
                "any member can pass your messages on."
            ),
            ("whatsapp_for_work", "unknown"): self._(
                "No group read looks like work, but footprint sees only the chats you exported."
            ),
        }
        return found.get((c, s), check.detail)

    def check_fix(self, check: Check) -> str:
        """How to fix or check it; empty when nothing needs doing."""
        if check.status == "met":
            return ""
        p = check.platform
        if check.check == "two_factor" and p:
            return self.runtime(instructions("turn_on_2fa", p))
        if check.check == "third_party_apps" and p:
            return self.runtime(instructions("remove_apps", p))
        if check.check == "work_email_on_personal_account" and p:
            return self.runtime(instructions("change_email", p))
        if check.check == "whatsapp_for_work" and p and check.status == "not_met":
            return self.runtime(instructions("move_work_chats", p))
        fixes = {
            "recent_logins": self._(
                "If you do not recognise one, change the password, turn on two-factor "
                "authentication and follow the platform's steps for a hacked account."
            ),
            "personal_email_on_official_account": self._(
                "Move any official account that uses a personal address to an official one."
            ),
            "mail_forwarding": self._(
                "In your e-mail settings, check that no forwarding rule sends your mail elsewhere."
            ),
            "password_three_random_words": self._(
                "Use a different password of three random words for each account, kept in "
                "a password manager."
            ),
            "devices_locked": self._(
                "Lock phones and computers with a PIN or password whenever you leave them."
            ),
            "incident_recovery_plan": self._(
                "Write down now who to call at work, how to recover each account, and how to "
                "report to Action Fraud."
            ),
            "official_account_access": self._(
                "Only authorised staff, each with their own sign-in and two-factor "
                "authentication; access removed when people leave; posts approved first."
            ),
            "whatsapp_for_work": self._(
                "Check your other groups too: WhatsApp is not permitted for work."
            ),
        }
        return fixes.get(check.check, "")
