"""The custodian letter: a one- or two-page printed letter for the person who
takes care of the records if the therapist cannot (a professional will).

It says what the records are, where the backups are kept, which passphrase
opens them (never the passphrase itself: there is a line to write where it
is kept), how to open a backup with Practice Notes or any SQLCipher 4 tool,
and what the custodian must do. Its input, :class:`CustodianData`, holds no
client data at all, only the number of clients.
"""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from practice_notes.i18n import translate
from practice_notes.reports.custodian_data import CustodianData
from practice_notes.reports.layout import build_document
from practice_notes.reports.parts import day
from practice_notes.reports.styles import make_styles
from practice_notes.reports.text import esc, literal

README_SECTION = "Reading your records without Practice Notes"


def _passphrase_lines(d: CustodianData) -> list[str]:
    out = []
    if d.last_backup_separate is True:
        out.append(translate(
            "Custodian",
            "The newest backup is protected by the <b>custodian passphrase</b>: a "
            "separate passphrase I chose for backups, so that you can open them "
            "without knowing my everyday passphrase."))
    elif d.last_backup_separate is False:
        out.append(translate(
            "Custodian",
            "The newest backup is protected by the <b>vault passphrase</b>, the one I "
            "use every day to open Practice Notes."))
    if d.automatic:
        out.append(translate(
            "Custodian",
            "Automatic backups (daily, or when the app closes) are always protected by "
            "the vault passphrase; a backup I make by hand may have the custodian "
            "passphrase instead. Try both if you have both."))
    out.append(translate(
        "Custodian",
        "<b>This letter never contains a passphrase.</b> Without the right passphrase "
        "nobody can read the backups: it cannot be recovered or reset."))
    return out


def _retention(d: CustodianData) -> str:
    text = translate(
        "Custodian",
        "Keep the records until their retention period ends: <b>{years} years after each "
        "client's discharge</b> (the end of their therapy).").format(
        years=d.retention_years_after_discharge)
    if d.retention_years_after_majority:
        text += " " + translate(
            "Custodian",
            "For a client who was under 18, keep them at least until {years} years "
            "after they turned 18, if that is later.").format(
            years=d.retention_years_after_majority)
    return text


def story(d: CustodianData) -> list[Flowable]:
    st = make_styles()
    s = d.settings

    def p(text: str, style: str = "body", bullet: str | None = None) -> Paragraph:
        if style == "signature":
            return Paragraph(text, ParagraphStyle("signature", parent=st.body, spaceBefore=18))
        return Paragraph(text, getattr(st, style), bulletText=bullet)

    who = ", ".join(x for x in (s.therapist_name, s.credentials) if x.strip())
    out: list[Flowable] = [p(translate(
        "Custodian",
        "Letter to the custodian of my clinical records"), "title")]
    sender = [x for x in (who, s.practice_name) if x.strip()]
    for line in [*sender, *s.contact.splitlines()]:
        if line.strip():
            out.append(literal(line.strip(), st.small))
    out.append(p(esc(day(d.generated_on)), "small"))
    out.append(p(translate(
        "Custodian",
        "If I cannot look after my clients' records any more (through illness, death "
        "or an emergency), I ask you to take care of them. This letter says where "
        "they are, how to open them and what to do.")))

    out.append(p(translate("Custodian", "1. What the records are"), "h2"))
    out.append(p(translate(
        "Custodian",
        "The confidential clinical records of my practice ({clients}): session "
        "notes, goals, agreements, questionnaires and check-ins. I keep them in "
        "Practice Notes, an app that works offline and stores everything in one "
        "encrypted file. On my computer that file is:").format(
        clients=(translate("Custodian", "{n} client") if d.client_count == 1
                 else translate("Custodian", "{n} clients")).format(n=d.client_count))))
    out.append(literal(d.vault_path, st.quote))

    out.append(p(translate("Custodian", "2. Where the backups are"), "h2"))
    if d.backup_folder:
        out.append(p(translate(
            "Custodian",
            "Encrypted backup copies are kept in this folder (often a USB drive):")))
        out.append(literal(d.backup_folder, st.quote))
    else:
        out.append(p(translate(
            "Custodian",
            "<b>No backup folder is set yet.</b> Ask me, or look for files ending in "
            ".pnbackup.")))
    if d.last_backup_file and d.last_backup_at:
        out.append(p(esc(translate(
            "Custodian",
            "The newest backup when I wrote this: {name}, made on {date}.").format(
            name=d.last_backup_file, date=day(d.last_backup_at.date())))))
    out.append(p(translate(
        "Custodian",
        "Each backup is one file named "
        "practice-notes-<i>date</i>-<i>time</i>.pnbackup. Use the newest one that "
        "opens.")))

    out.append(p(translate("Custodian", "3. Which passphrase opens them"), "h2"))
    out += [p(line, bullet="•") for line in _passphrase_lines(d)]
    out.append(p(translate(
        "Custodian",
        "Where I keep the passphrase: ______________________________________________")))

    out.append(p(translate("Custodian", "4. How to open a backup"), "h2"))
    out.append(p(translate(
        "Custodian",
        "<b>With Practice Notes</b> (on Linux it installs as a package; elsewhere "
        "with Python's pip): choose <i>File ▸ Restore from a backup…</i>, pick the file and "
        "type its passphrase. It can then print each client's records (<i>Client ▸ "
        "Records request…</i>)."), bullet="•"))
    out.append(p(translate(
        "Custodian",
        "<b>Without Practice Notes:</b> a backup is a standard <b>SQLCipher 4</b> "
        "database. Open it with any SQLCipher 4 tool, for example DB Browser for "
        "SQLCipher (choose \"SQLCipher 4 defaults\"), or the sqlcipher command, "
        "version 4 or newer, with PRAGMA cipher_compatibility = 4. Some systems ship "
        "the older SQLCipher 3 (Debian 12 does), which cannot open it."),
                 bullet="•"))
    out.append(p(esc(translate(
        "Custodian",
        "Step by step, with the table layout: the section \"{section}\" of the "
        "Practice Notes README.").format(section=README_SECTION))))

    out.append(p(translate("Custodian", "5. What I ask you to do"), "h2"))
    steps = [
        translate(
            "Custodian",
            "Keep the backups, this letter and the passphrase apart and private: they are health "
            "records."),
        translate(
            "Custodian",
            "Tell my clients that I cannot continue, how to reach you, and how they can get a "
            "copy of their records or have them sent to a new therapist."),
        _retention(d),
        translate(
            "Custodian",
            "Then destroy them securely: delete every backup and the vault file, and wipe or "
            "physically destroy the drives that held them."),
    ]
    out += [p(text, bullet=f"{n}.") for n, text in enumerate(steps, start=1)]
    out.append(Spacer(1, 14))
    line, date = "_" * 30, translate("Custodian", "Date")
    out.append(KeepTogether([
        p(translate("Custodian", "Signed, and received by the custodian:"), "small"),
        *(p(f"<b>{esc(who_)}</b> {line}   <b>{esc(date)}</b> {'_' * 12}", "signature")
          for who_ in (translate("Custodian", "Therapist"),
                       translate("Custodian", "Custodian"))),
    ]))
    return out


def build_custodian_pdf(d: CustodianData, paper: str = "a4") -> bytes:
    buffer = io.BytesIO()
    title = translate("Custodian", "Custodian letter")
    build_document(buffer, story(d), paper, title, d.settings.therapist_name,
                   translate("Custodian", "Custodian letter. Keep it with your professional will."),
                   d.generated_on, subject=title)
    return buffer.getvalue()
