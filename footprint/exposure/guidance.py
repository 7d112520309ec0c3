"""The public-sector guidance footprint puts into practice (``../shared/guidance/``).

Every plan step and posture check names the guidance it follows, by file and point, so
that a person or an HR reviewer can read the source.
"""

from __future__ import annotations

FOOTPRINT = (
    "using-social-media-responsibly-at-work-and-home.md: a friends list full of colleagues, "
    "liked groups, retweets and posts relevant to the organisation, thin-blue-line images "
    "tell what you do for a living"
)
ANONYMISE = (
    "welsh-government-social-media-policy-summary.txt: staff review and anonymise personal "
    "accounts used for work; high-risk staff take additional measures; manage your digital "
    "footprint"
)
SPEAR_PHISHING = (
    "mp-online-safety-toolkit-extract.txt: personal information you share can be used for "
    "spear-phishing"
)
FAKE_CONTACTS = (
    "mp-online-safety-toolkit-extract.txt: be cautious connecting with people, even with "
    "mutual contacts: they could be fake accounts"
)
TWO_FACTOR = (
    "welsh-government-social-media-policy-summary.txt: enable two-factor authentication, "
    "an authenticator app rather than text messages; ncsc-notes.md: turn on 2FA"
)
THIRD_PARTY = (
    "welsh-government-social-media-policy-summary.txt: no access for third parties; "
    "gcs-social-media-security-awareness.txt: control access"
)
WORK_EMAIL = (
    "welsh-government-social-media-policy-summary.txt: official accounts keep official "
    "e-mail addresses, never personal ones; personal accounts used for work are declared"
)
LOGINS = (
    "ncsc-notes.md: recovering a hacked account (update devices, contact the provider, "
    "recover the e-mail account first, change passwords, set up 2FA, tell contacts, report "
    "to Action Fraud)"
)
MAIL_FORWARDING = (
    "mp-online-safety-toolkit-extract.txt: check regularly that no mail forwarding is "
    "active on your account"
)
PASSWORDS = (
    "mp-online-safety-toolkit-extract.txt: NCSC advises three random words for a stronger password"
)
LOCK_DEVICES = "mp-online-safety-toolkit-extract.txt: lock devices when not using them"
RECOVERY_PLAN = (
    "gcs-social-media-security-awareness.txt: develop and test an incident recovery plan; "
    "mp-online-safety-toolkit-extract.txt: an emergency recovery plan, who to contact"
)
OFFICIAL_ACCESS = (
    "gcs-social-media-security-awareness.txt: NCSC's principles (control access, content "
    "approval, track users' actions); mp-online-safety-toolkit-extract.txt: only authorised "
    "staff, access removed when staff leave, a management tool with an audit trail"
)
WHATSAPP = (
    "welsh-government-social-media-policy-summary.txt: the use of WhatsApp for work purposes "
    "is not permitted due to data security concerns; using-social-media-responsibly-at-work-"
    "and-home.md: misconduct investigations involved WhatsApp group chats, and other members "
    "may share your comments"
)
HIGH_RISK = (
    "Staff with high-risk profiles are advised to anonymise personal accounts used for "
    "work and take additional security measures "
    "(welsh-government-social-media-policy-summary.txt)",
    "Declare any personal account you use for work to HR "
    "(welsh-government-social-media-policy-summary.txt)",
    "Do not use WhatsApp or other personal messaging for work; group chats leak "
    "(welsh-government-social-media-policy-summary.txt; "
    "using-social-media-responsibly-at-work-and-home.md)",
    "Keep work and personal accounts apart: a personal account should not name the "
    "employer, follow its official accounts or use a work e-mail address (ncsc-notes.md: "
    "manage the digital footprint)",
    "Be wary of new connections who appear to know colleagues: fake accounts connect to "
    "map a workforce (mp-online-safety-toolkit-extract.txt)",
    "Agree an incident recovery plan now: who to call if an account is taken over or "
    "your details are posted (gcs-social-media-security-awareness.txt; ncsc-notes.md)",
)
