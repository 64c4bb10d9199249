<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Record &amp;acknowledgement</source>
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
    <name>AgreementsPanel</name>
    <message>
        <source>Show ended agree&amp;ments</source>
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
        <source>No agreements yet. Record what you agree about confidentiality, contact, cancellations, fees … with New agreement….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
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
        <source>End a&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End it instead (End agreement…), or revise it if the wording changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
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
</context>
<context>
    <name>BackupFlow</name>
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
        <source>Older automatic backups are removed only after a new one has been verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
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
        <source>Inactive: hidden from new records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
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
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>D&amp;ate:</source>
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
        <source>Client&apos;s co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInsPanel</name>
    <message>
        <source>&amp;Save check-in</source>
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
        <source>&lt;b&gt;What could we change?&lt;/b&gt;&lt;br&gt;Look at this together: what is working for you, and what would you like to be different? It is a conversation, not a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins (click a heading to sort):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
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
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsiderations:</source>
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
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomScoresBox</name>
    <message>
        <source>For measures whose questions cannot be reproduced here: enter the name, the date and the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score name</source>
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
        <source>Add sc&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te score…</source>
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
        <source>Delete score</source>
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
    <name>EndAgreementDialog</name>
    <message>
        <source>Reason for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ends, e.g. “No longer needed: sessions now online only”</source>
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
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
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
    <name>GateDialog</name>
    <message>
        <source>Practice Notes</source>
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
        <source>Passphrase</source>
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
        <source>Add strategy or home&amp;work…</source>
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
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies and homework</source>
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
        <source>0–10 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal Attainment Scaling (−2 … +2)</source>
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
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>&amp;New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
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
        <source>Delete strategy</source>
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
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge client</source>
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
        <source>An offline, encrypted notebook for solo therapists. It never connects to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
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
        <source>Change from first to latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (click a heading to sort):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <extracomment>The hidden catalogue entry that custom milestones point at (their own name is in ``custom_label``). It is kept inactive so it never shows as a choice.</extracomment>
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
        <source>Linked session</source>
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
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>No milestones yet. Note the moments that mattered — confidentiality explained, a first disclosure, a rupture repaired — with New milestone….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <source>Topic</source>
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
        <source>Session date and time</source>
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
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
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
        <source>Private process notes — never leave this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart from the record: never printed in a progress summary and never shown to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
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
        <source>Unsaved changes…</source>
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
        <source>Si&amp;gn note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
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
    <name>OverviewPanel</name>
    <message>
        <source>Set review date…</source>
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
        <source>Check-&amp;in…</source>
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
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
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
    <name>ReportDialog</name>
    <message>
        <source>Session-note summaries (never private process notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise</source>
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
        <source>Building the summary…</source>
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
</context>
<context>
    <name>ReviseAgreementDialog</name>
    <message>
        <source>Reason for the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save re&amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
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
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session</source>
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
        <source>Paper size</source>
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
        <source>Pa&amp;per size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Then write the goal as it is now agreed</source>
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
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Problem</source>
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
