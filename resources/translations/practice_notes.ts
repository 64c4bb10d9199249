<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to resize the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to resize the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client acknowledges version {version} of &lt;b&gt;{topic}&lt;/b&gt;, agreed {agreed}. Once acknowledged, this version can no longer be deleted — only revised or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addendum is dated now and kept under the signed note. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Ended {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version}</source>
        <comment>short version number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date has come: revisit this agreement with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{topic} — version {version} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {date} — Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the client {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet acknowledged by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended {date}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends {date}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%n version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%n versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt; (current) — agreed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt; (superseded) — agreed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, acknowledged {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Why it was revised:&lt;/i&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>Boundary agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement wording and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agreement to see its wording and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements yet. Record what you agree about confidentiality, contact, cancellations, fees … with “New agreement…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set re&amp;view date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show en&amp;ded agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen agreement (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement revised: a new version is current, the old one is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of “{topic}” was acknowledged by the client, so it stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End it instead (End agreement…), or revise it if the wording changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version {version} of “{topic}”? Version {previous} becomes the current one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the agreement “{topic}” of {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was never acknowledged. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Question {value}: {answer} ({value2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} — key {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Practice Notes backups (*.pnbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <extracomment>The status-bar line after a backup was written (not ``done``: that is QDialog&apos;s own slot).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with the vault&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a separate passphrase (e.g. a custodian passphrase kept with your professional will)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted, checked after writing, and only then given its final name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backup (ideally on another drive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not exist. Is the drive connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>This vault was restored from a backup, so it opens with the backup&apos;s passphrase. You can set a new passphrase now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored and checked. Unlock it with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <extracomment>The path of a custodian letter just written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up when I close Practice Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable letter for the person who would take care of your records: where the backups are, which passphrase opens them (never the passphrase itself), how to open them and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older automatic backups are removed only after a new one has been verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the custodian letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian letter saved as {name}. Print it, sign it, and write by hand where the passphrase is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the custodian letter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Milestone kinds</source>
        <extracomment>Each catalogue&apos;s own whole sentences (no noun spliced into a sentence).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of trust milestone offered when you add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new milestone kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a milestone kind called “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a milestone kind called “{label}” (inactive: select it and choose Reactivate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics offered when you add a boundary agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a topic called “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a topic called “{label}” (inactive: select it and choose Reactivate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{blurb} Inactive entries are hidden from new records; records that already use them keep them. Rename with F2 or a double click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: hidden from new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most {MAX_LABEL} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “{label}” to “{label2}”. Records using it show the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is no longer offered; records that use it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{label}” up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{label}” down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-restore succeeded. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Discard check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you entered for this check-in?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>&amp;Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how we get on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working on what matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how we work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it is going for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go&amp;als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ove&amp;rall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {hint}, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} — {hint}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all, 10 = completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the client&apos;s own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client&apos;s comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session (o&amp;ptional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {value} ({hint}) from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInsPanel</name>
    <message>
        <source>Sa&amp;ve check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this check-in (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our working relationship (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What could we change?&lt;/b&gt;&lt;br&gt;Look at this together: what is working for you, and what would you like to be different? It is a conversation, not a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins (click a heading to sort):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an unsaved check-in from {saved_at:%d %b %Y, %H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the check-in of {value}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short code used instead of the name in pseudonymised reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural, accessibility or other considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names to hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: nicknames, earlier names, family names. Pseudonymised summaries never print these, nor the name and preferred name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. With the retention rule for minors on (Settings), records are kept until some years after the 18th birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged on {day:%d %b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsiderations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names to &amp;hide:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {value} clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreemen&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meas&amp;ures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy or homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <extracomment>The English words that flag a due review (tests look for them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Locked after {minutes} minutes without use. What you were writing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Notes did not lock: what you are writing could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault stays open so nothing is lost. Free some space on the vault&apos;s disk (the status bar says what went wrong), then lock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo practice…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian</name>
    <message>
        <source>The newest backup is protected by the &lt;b&gt;custodian passphrase&lt;/b&gt;: a separate passphrase I chose for backups, so that you can open them without knowing my everyday passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is protected by the &lt;b&gt;vault passphrase&lt;/b&gt;, the one I use every day to open Practice Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups (daily, or when the app closes) are always protected by the vault passphrase; a backup I make by hand may have the custodian passphrase instead. Try both if you have both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This letter never contains a passphrase.&lt;/b&gt; Without the right passphrase nobody can read the backups: it cannot be recovered or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the records until their retention period ends: &lt;b&gt;{years} years after each client&apos;s discharge&lt;/b&gt; (the end of their therapy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a client who was under 18, keep them at least until {years} years after they turned 18, if that is later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the custodian of my clinical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I cannot look after my clients&apos; records any more (through illness, death or an emergency), I ask you to take care of them. This letter says where they are, how to open them and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. What the records are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidential clinical records of my practice ({clients}): session notes, goals, agreements, questionnaires and check-ins. I keep them in Practice Notes, an app that works offline and stores everything in one encrypted file. On my computer that file is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Where the backups are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup copies are kept in this folder (often a USB drive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No backup folder is set yet.&lt;/b&gt; Ask me, or look for files ending in .pnbackup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup when I wrote this: {name}, made on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each backup is one file named practice-notes-&lt;i&gt;date&lt;/i&gt;-&lt;i&gt;time&lt;/i&gt;.pnbackup. Use the newest one that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Which passphrase opens them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I keep the passphrase: ______________________________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. How to open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;With Practice Notes&lt;/b&gt; (on Linux it installs as a package; elsewhere with Python&apos;s pip): choose &lt;i&gt;File ▸ Restore from a backup…&lt;/i&gt;, pick the file and type its passphrase. It can then print each client&apos;s records (&lt;i&gt;Client ▸ Records request…&lt;/i&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Without Practice Notes:&lt;/b&gt; a backup is a standard &lt;b&gt;SQLCipher 4&lt;/b&gt; database. Open it with any SQLCipher 4 tool, for example DB Browser for SQLCipher (choose &quot;SQLCipher 4 defaults&quot;), or the sqlcipher command, version 4 or newer, with PRAGMA cipher_compatibility = 4. Some systems ship the older SQLCipher 3 (Debian 12 does), which cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step, with the table layout: the section &quot;{section}&quot; of the Practice Notes README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. What I ask you to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the backups, this letter and the passphrase apart and private: they are health records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell my clients that I cannot continue, how to reach you, and how they can get a copy of their records or have them sent to a new therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then destroy them securely: delete every backup and the vault file, and wipe or physically destroy the drives that held them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, and received by the custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian letter. Keep it with your professional will.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomScoresBox</name>
    <message>
        <source>Other scores (name and value only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For measures whose questions cannot be reproduced here: enter the name, the date and the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 42 or 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ken on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen score (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the score a name (e.g. the measure&apos;s short name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} of {value} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} of {value} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} ({value}) of {value2}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 15 Nov 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date (15 Nov 2026, 2026-11-15 or your usual short date) or pick one from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates from {low} to {high} only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Type a whole date, such as 15 Nov 2026 or 2026-11-15.</source>
        <extracomment>English month and weekday names, always understood (lower case, no dots); written out, not from ``calendar``, whose names follow the process locale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a year: type it in full, such as 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has no month {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the year in full, such as 15 Nov 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a whole date. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is a {weekday}; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndAgreementDialog</name>
    <message>
        <source>End agreement: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending &lt;b&gt;{value}&lt;/b&gt;. It stays in the record, with its history, marked as ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ends, e.g. “No longer needed: sessions now online only”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Restored what was entered on {saved_at:%d %b %Y, %H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen entry (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal Attainment Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note</source>
        <extracomment>Names a pseudonymised summary must hide besides the display and preferred names: nicknames, earlier names, family names the therapist adds. The day of the last discharge (set by the service when the status becomes discharged, cleared when the client is taken on again); retention runs from it. Optional; with the majority rule on, retention may run from the 18th birthday. Records may be destroyed this many years after discharge ... ... and (when not 0) no sooner than this many years after the client turns 18.
----------
Fields whose text never appears in a summary: marked private where shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private process notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: homework reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: reason for revising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: reason for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy: how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal rating note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: client&apos;s reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reliable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change can be stated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirExportDialog</name>
    <message>
        <source>Export FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FHIR R4 bundle for another clinical system: sessions, goals and ratings, check-ins, measures, agreements and signed notes with their addenda. Private process notes are never exported. The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise (client codes instead of names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the FHIR export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{replaced} name(s) were replaced with client codes, and {left} other capitalised word(s) that may be names were left: please read it through before sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {clients} client(s), {resources} FHIR resources, to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR export was not written: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR export was not written (internal error {kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDraft</name>
    <message>
        <source>Autosave failed: {reason} What you typed is still in the form; save it when you can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Practice Notes vaults (*.vault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short or simple. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. Longer is stronger: four or more words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Practice Notes. Your vault has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Practice Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Practice Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are kept in one encrypted file, the vault, on this computer only. Nothing is ever sent over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase you will remember. &lt;b&gt;If you lose it, nobody can recover your notes&lt;/b&gt; — not even us. Keep regular backups on a separate drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {name}  ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>Add rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit strateg&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed {agreed} · target {target} · {status} · {scheme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed {agreed} · {status} · {scheme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings yet. Rate the goal to start its chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies and homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add strategy or homewor&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the revised goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal in the client&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the client&apos;s own words, e.g. “I want to go to the shop on my own”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reaching it would mean to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal Attainment Scaling (−2 … +2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected level: what we hope to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old wording is kept in the goal&apos;s history. Write the goal as you now agree it; its ratings start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale cannot change once the goal has ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit go&amp;al…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goal above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. Add one with “New goal…”, in the client&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal marked active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal marked achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal marked revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal marked paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal marked discontinued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised goal added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <extracomment>The drafts a goal&apos;s dialogs keep (deleted with the goal).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal has ratings, so it stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change its status instead (achieved, revised, paused or discontinued); the reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal is part of a signed session note, so it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change its status instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no ratings. Its strategies and status history go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rating belongs to a signed session note, so it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was wrong, add a new rating with a note saying so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rating of {value}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this {value}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>PHQ-9 is a nine-question check on low mood over the past two weeks (0 to 27).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 is a seven-question check on worry and anxiety over the past two weeks (0 to 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change labels follow the NHS Talking Therapies convention: caseness is PHQ-9 10 or more or GAD-7 8 or more; reliable change is a PHQ-9 change of 6 or more or a GAD-7 change of 4 or more between the first and latest scores; recovery means starting at caseness and ending below it on every measure used. A measure with one score counts for caseness, but no change is stated for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Item9Banner</name>
    <message>
        <source>Note the &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the follow-up of the item 9 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dates} and {count} earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 question 9 was answered above 0 on {dates}, and no follow-up is noted yet. Note what was discussed with the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Practice Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one with File ▸ New client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;FHIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test-restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone kinds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past &amp;retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Practice Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their records are kept. You can show discharged clients with the filter above the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Practice Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Notes {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline, encrypted notebook for solo therapists. It never connects to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Item 9 was answered above 0 — please follow up and note what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any answer above 0 is flagged for you to follow up. A 0 does not mean there is no risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct {title} result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation}&lt;br&gt;&lt;b&gt;{STEM}&lt;/b&gt;&lt;br&gt;&lt;span&gt;Keys 0–3 answer a question and move to the next; ←/→ change an answer; ↑/↓ move between questions.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have seen this answer and will follow it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the item 9 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional): context, what was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer question {value} (0 to 3) before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9 was answered above 0: tick that you have seen it before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the {title} answers entered so far?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>{value} — follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} — noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9: {answer} ({value}), flagged for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9: {answer} ({value}), follow-up noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9: {answer} ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change is shown once a measure has been taken at least twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {first} → {latest} ({first_date} to {latest_date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From first to latest: {measures}. Change: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: — of {max} (no answers yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far: {total} of {max} — at least {band} (%n question to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far: {total} of {max} — at least {band} (%n questions to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far: {total} of {max} (%n question to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far: {total} of {max} (%n questions to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total} of {max} — {band}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Add PHQ-&amp;9…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add GAD-&amp;7…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 (0–27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PHQ-9 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (0–21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GAD-7 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from first to latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 and GAD-7 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (click a heading to sort):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 item 9 was answered above 0 on {value} (and {more} earlier time(s)), with no follow-up noted yet. Open each result (Edit…) and note what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 item 9 was answered above 0 on {value}, with no follow-up noted yet. Open the result (Edit…) and note what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {what} (total {total})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Edit milestone</source>
        <extracomment>The hidden catalogue entry that custom milestones point at (their own name is in ``custom_label``). It is kept inactive so it never shows as a choice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom milestone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this moment, e.g. “Brought a dream to share”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (no longer in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (custom)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the milestone, or choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone cannot be dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>A custom milestone (not from the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (custom)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Trust milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestones yet. Note the moments that mattered — confidentiality explained, a first disclosure, a rupture repaired — with “New milestone…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen milestone (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the milestone “{label}” of {value}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (custom topic)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the topic; it is added to the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the client on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the topic, or choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the client attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>&amp;Restore unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private process notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions, hypotheses, your own reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private process notes — never printed in summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart from the record: never printed in a progress summary and never shown to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note signed and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept safe at {value:%H:%M:%S}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {value:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is unsaved text for this note from {updated_at:%d %b %Y, %H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved text — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSigning</name>
    <message>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and loc&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed {signed_at:%d %b %Y at %H:%M} by {by}. This note is locked; corrections are added as dated addenda below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed {signed_at:%d %b %Y at %H:%M}. This note is locked; corrections are added as dated addenda below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this note now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed note is locked for good. Later corrections are added as dated addenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>{name}: set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>First score; the change shows after the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down {points} points since the first ({first} on {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up {points} points since the first ({first} on {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as the first ({first} on {date}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Goals we are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our working relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance, last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: {rating}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open goals ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open agreements ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open milestones ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in {value}: bond {bond}, goals {goals}, tasks {tasks}, overall {overall} (each 0–10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open check-ins ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active goals yet: add one in the client&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None due for review in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: note the moments that matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet: ask how therapy is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in these 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was planned for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (in {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set review date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up noted with the PHQ-9 of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Use at least {count} characters (a few words is easiest to remember).</source>
        <extracomment>zxcvbn&apos;s own cap on what it examines (its time grows with length); a longer passphrase is rated on its first characters, which it can only strengthen. Words that say nothing secret here: the app&apos;s name and what it holds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too easy to guess (a common password, a keyboard pattern, a repeat or a date). Add another word or two; uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastRetentionDialog</name>
    <message>
        <source>Past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be destroyed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client&apos;s records are past retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth not recorded: only the discharge rule applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy every record of {name} ({code})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session note (signed or not), addendum, goal, agreement, check-in, measure, review and draft of this client is removed from the vault for good, and the space they took is wiped. The audit log keeps one entry with the client code and the number of records. Backups, exports and safety copies made before keep their copy: destroy those separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space they took is wiped completely when the vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of {code} were destroyed ({n} records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying records…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Progress summary — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be saved: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Keep between 1 and 365 backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a full folder path for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are signed with your name: set it in Settings → Practice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addendum contains an invalid (NUL) character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed note cannot be deleted; add an addendum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating scheme cannot change once the goal has ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is already {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly why the status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} has not been saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most {MAX_LABEL} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order does not match the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision cannot be dated before the version it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly what changed and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement cannot be before the date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date cannot be before the date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly why the agreement ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PseudonymReviewDialog</name>
    <message>
        <source>Check the pseudonymised summary — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names were replaced with {code} in {value} place(s). Please look over the list, especially names that are also everyday words and capitalised words that may be names, before you print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks right: show the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickRecordBar</name>
    <message>
        <source>&amp;Rate a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate a goal for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance check-in for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-&amp;9…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-&amp;7…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record with this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active goals yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rate goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last rating: {value} on {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rating is based on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating cannot be dated before the goal was agreed ({value})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>This vault failed its check: {problem} (and {more} more). The record may have been changed or damaged: run &apos;practice-notes verify&apos; for the list, and restore from a backup if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault failed its check: {problem}. The record may have been changed or damaged: run &apos;practice-notes verify&apos; for the list, and restore from a backup if needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCheckBanner</name>
    <message>
        <source>Record check warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be checked: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Unsaved input from {at:%d %b %Y, %H:%M} was put back. Save it, or Cancel to discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>{n} signed progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signed progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {n} addendum (dated correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {n} addenda (dated corrections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {n} rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {n} ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {n} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with all {n} versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} alliance check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} alliance check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questionnaire or other score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questionnaires and other scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} review sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Private process notes.&lt;/b&gt; These are the therapist&apos;s own working notes (impressions and thoughts while working), kept apart from the record. They are not part of the clinical record and are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes not signed: none.&lt;/b&gt; A note that was never signed is a draft, not part of the record; there are none in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes not signed ({n}).&lt;/b&gt; A note that was never signed is a draft, not part of the record: it is listed by date, without its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes not signed ({n}).&lt;/b&gt; A note that was never signed is a draft, not part of the record: each is listed by date, without its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The app&apos;s technical history&lt;/b&gt; (when the file was opened, backed up or checked). It is about the file, not about care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Anything dated outside the period&lt;/b&gt; above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical record of &lt;b&gt;{client}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is withheld, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are replaced by the client code {code} throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page carries the record fingerprint {fingerprint}: the state of the record when this was prepared, which the therapist can check against the record later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: the record of {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records — {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {attendance} · {modality} · {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft, not part of the record.&lt;/b&gt; This note was never signed; its text is not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No note text.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Homework reviewed:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session in date order. Each signed note is followed by its addenda (dated corrections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value:g} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it matters:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}, agreed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version, oldest first: a revision supersedes the version before it, which is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How our work together felt, each rated 0 to 10: the bond between us, agreement on goals and on tasks, and overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires or scores in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 and GAD-7 are short questionnaires about symptoms over the past two weeks; each answer is 0 to 3 and the score is their sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments that mattered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{held} (covering {start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In the client&apos;s words:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must start on or before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper is a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>What pseudonymising replaced and left, for the therapist to look over (empty when not pseudonymised).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Records request — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise: show {code} instead of the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signed progress note with its addenda, goals and ratings, agreements with every version, check-ins and measures. Private process notes are never included; notes not signed are listed by date as drafts, without their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be built: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: add names to hide in the client&apos;s details, or build it without pseudonymising.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Our progress summary</source>
        <extracomment>Points of page left below which a goal starts on a new page (a whole goal with its chart needs about 350).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {start} to {end} · sessions attended: {session_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;GAS T-score: {score:.1f}&lt;/b&gt; across %n goal rated on the −2 to +2 scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;GAS T-score: {score:.1f}&lt;/b&gt; across %n goals rated on the −2 to +2 scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In our words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where we are:&lt;/b&gt; {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we started ({first_day}): &lt;b&gt;{first}&lt;/b&gt;. Latest ({latest_day}): &lt;b&gt;{latest}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we tried</source>
        <extracomment>strengths first: what helped, then what helped a little, then the rest</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges: {bands_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our working relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments that mattered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary in our words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps, comments and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts</source>
        <extracomment>The date printed as &quot;generated&quot;; fixed in tests for deterministic output.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report section {section!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size must be a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We made this summary to read together. It shows what we have worked on, what has changed and what we want to do next. Your view matters most: please tell us what fits and what does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not written down goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategies or homework written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements are in force in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreements we made about how we work together, as they stand now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session summaries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comments: what fits, what does not, what could we change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each goal is written in your own words. Ratings go from 0 (not yet) to 10 (fully reached), or use Goal Attainment Scaling from −2 to +2, where 0 is the level we expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time to time we checked in on how we work together: our bond, whether we work on what matters to you (goals), how we work (tasks), and overall, each from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not done a check-in in this period. What could we change to make our work more helpful for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could we change to make our work more helpful for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questionnaires ask about symptoms over the past two weeks. Scores are one view among many: what you notice matters as much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the range where extra support is often offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the range where extra support is often offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are working on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We changed this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We stopped working on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from first to latest score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable recovery: a change bigger than day-to-day ups and downs, from scores in the range where extra support is often offered at the start to scores below it on every measure now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery: scores started in the range where extra support is often offered and are now below it on every measure, though the change is within day-to-day ups and downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable improvement: a change bigger than day-to-day ups and downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores went up by more than day-to-day ups and downs; this is worth talking through together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reliable change yet: differences are within day-to-day ups and downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change can be stated yet: each measure has one score in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the PHQ-9 questions asks about thoughts of hurting yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on our list to talk about together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words, at our last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed at our last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not set a date for our next review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} → {latest}, down %n point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} → {latest}, down %n points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} → {latest}, up %n point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} → {latest}, up %n points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} → {latest}, no change in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: one score in this period, {score} ({severity}), {where}. One score cannot show a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of {size} or more points is bigger than day-to-day ups and downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within day-to-day ups and downs (less than {size} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {points}; {judged}. The latest score is {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({measures} shows this):{rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({measures} show this):{rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not call this recovery: the latest {measures} score is still in the range where extra support is often offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {date} we noted: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {date}: {nothing_recorded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on {date}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our next review is planned for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: prepared for {client} and {therapist}.</source>
        <extracomment>Pronoun sets recorded for a client, mapped to the possessive the footer uses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: prepared for {client} and her therapist.</source>
        <comment>pronouns she/her</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: prepared for {client} and his therapist.</source>
        <comment>pronouns he/him</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: prepared for {client} and their therapist.</source>
        <comment>pronouns they/them</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: prepared for {client} and hir therapist.</source>
        <comment>pronouns ze/hir</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: prepared for {client} and xyr therapist.</source>
        <comment>pronouns xe/xyr</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: prepared for {client} and the therapist named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress summary — {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings in this period yet</source>
        <extracomment>Alternate bands white and mid grey (about 1.7:1 in grey-scale), each edged by a dark dashed line: they stay apart on a black-and-white print or copy. Chart text sizes (points): never below 9 on paper. Horizontal nudge (points) between markers of series that share a point.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}, row {row}</source>
        <extracomment>Empty string cells still name a font: make it ours, never the default Helvetica. Plain-string cells (see ``plain`` below) in the look of the paragraph cells. Longest text a table cell holds; the rest flows on below the table, so no row is ever taller than a page (reportlab cannot split a row).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued ({where}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress summary — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session-note summaries (never private process notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise: show {code} instead of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We use this summary in a review session with the client: record the review (the next summary then starts after this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in a review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary in our words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few warm, plain sentences about our work in this period, strengths first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to print a box to fill in together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{held_on:%d %b %Y}
  covering {period_from:%d %b %Y} – {period_to:%d %b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summaries made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary in our words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps we agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past summaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please note:&lt;/b&gt; PHQ-9 question 9 was answered above 0 on {value}. The summary prints, in neutral words, what you noted about it with the measure. Make sure it was followed up and noted before you print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please note:&lt;/b&gt; PHQ-9 question 9 was answered above 0 on {value}. The summary prints, in neutral words, the follow-up you noted with the measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be built: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: add names to hide in the client&apos;s details, or change the text, and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the progress summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a new vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open vault (a safety copy of it is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is verified first; your open vault is not touched until the restored copy has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists there; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>1 year</source>
        <extracomment>the first day on which the records may be destroyed the day the discharge part ends, and the majority part (None: off or unknown) the majority rule is on but the date of birth is not recorded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records may be destroyed {years} after discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records may be destroyed {years} after discharge, or {majority} after the client turns {age}, whichever is later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client code {code} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of {code} are not past retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <source>Next review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to revisit &lt;b&gt;{topic}&lt;/b&gt; together (version {version}, agreed {agreed}). Untick for no review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviseAgreementDialog</name>
    <message>
        <source>Revise agreement: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revising &lt;b&gt;{value}&lt;/b&gt;, version {version} agreed {value2}. The current version stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the client on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save re&amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A GAS T-score needs at least one rated goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAS weights and levels differ in number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAS level must be from −2 to +2, got {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAS weights must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} has {item_count} answers, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} answer {n} must be a whole number from 0 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} total must be between 0 and {max_total}, got {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} notes have no field {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} contains an invalid (NUL) character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not valid Unicode text (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is too long (at most {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} contains a control character (U+{code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is too long (at most {MAX_TEXT:,} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client code must be 2–16 capital letters, digits or hyphens (e.g. AB-07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth must be a past date after 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge date cannot be before the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration must be between 1 and 600 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date cannot be before the date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GAS goal needs a description for each level from −2 to +2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level descriptions belong to GAS goals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal weight must be above 0 and at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date cannot be before the date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement cannot be before the date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date cannot be before the date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep records after discharge must be between 1 and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep records after the client turns 18 must be between 0 (off) and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements are reviewed every 1 to 60 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>{field} (private)</source>
        <extracomment>Hits fetched at a time: snippets are made only for rows about to be shown. How a match in private process notes is marked (they are never printed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every note, goal, agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Sessions</source>
        <extracomment>a new session was opened in the editor (the workspace shows this tab)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session for this client (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an unsigned session (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is signed, so it stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an addendum to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unsigned session of {when:%d %b %Y, %H:%M}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its note, private process notes and unsaved draft are deleted for good. Records linked to it stay, unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed with every note you sign; notes cannot be signed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review agreements after months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agreement&apos;s &quot;Review on&quot; date starts this long after it was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records after discharge, years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after the client turns 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records after the client turns 18, years (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Therapist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view agreements after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For minors, also:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Who signs the notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is printed with every note you sign and on progress summaries. You can skip this now and set it later in Settings → Practice; notes cannot be signed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Sam Rivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MSc, registered counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the status changes, as agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then write the goal as it is now agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be dated before the last one ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly why the status changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Edit strategy or homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy or homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy or homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened when we tried it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomsCard</name>
    <message>
        <source>Symptoms (PHQ-9, GAD-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open measures ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 yet: add one under Measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; {total} — {band}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (0–{top})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeCodeDialog</name>
    <message>
        <source>Destroy records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. To destroy every record and draft of {code}, type the client code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client code to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Finishing background work…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agreement_dialogs</name>
    <message>
        <source>Agreed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement in the words you both agreed, e.g. “Texts are for changing appointments only; I reply within one working day.”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custom_scores</name>
    <message>
        <source>Enter the score as a number, for example 42 or 3.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>goal_fields</name>
    <message>
        <source>{what} cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Practice Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>record_actions</name>
    <message>
        <source>Progress summary ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records request — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records request ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is before {year}; please check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Practice Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
