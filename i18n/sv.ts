<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../omradesapp/ui/admin_view.py" line="23"/>
        <source>&amp;Units</source>
        <translation>&amp;Enheter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_view.py" line="24"/>
        <source>&amp;Workers</source>
        <translation>&amp;Medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_view.py" line="25"/>
        <source>T&amp;argets</source>
        <translation>M&amp;ål</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_view.py" line="26"/>
        <source>La&amp;bels</source>
        <translation>Eti&amp;ketter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_view.py" line="27"/>
        <source>This &amp;desk</source>
        <translation>Den här &amp;datorn</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../omradesapp/ui/app.py" line="30"/>
        <source>Områdesappen cannot start</source>
        <translation>Områdesappen kan inte starta</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/app.py" line="84"/>
        <source>Backup made: {name}</source>
        <translation>Säkerhetskopia gjord: {name}</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/app.py" line="87"/>
        <source>No backup made: {name}</source>
        <translation>Ingen säkerhetskopia gjord: {name}</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/app.py" line="107"/>
        <source>Where the database lives</source>
        <translation>Var databasen ligger</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/app.py" line="118"/>
        <source>The database needs attention</source>
        <translation>Databasen behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/app.py" line="119"/>
        <source>The database&apos;s quick check found a problem:
{problem}

Entries you save are still kept, but restore a backup soon.</source>
        <translation>Databasens snabbkontroll hittade ett fel:
{problem}

Poster som du sparar finns kvar, men återställ en säkerhetskopia snart.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/app.py" line="128"/>
        <source>Restore from a backup...</source>
        <translation>Återställ från en säkerhetskopia...</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/app.py" line="132"/>
        <source>Continue for now</source>
        <translation>Fortsätt så länge</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="36"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="37"/>
        <source>Edited</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="38"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="39"/>
        <source>Restored after delete</source>
        <translation>Återställd efter borttagning</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="40"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="41"/>
        <source>Updated by import</source>
        <translation>Uppdaterad vid import</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="42"/>
        <source>Deleted by import</source>
        <translation>Borttagen vid import</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="43"/>
        <source>Conflict on import</source>
        <translation>Konflikt vid import</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="44"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="45"/>
        <source>Month closed</source>
        <translation>Månad avslutad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="46"/>
        <source>Month reopened</source>
        <translation>Månad öppnad igen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="47"/>
        <source>Old notes cleared</source>
        <translation>Gamla anteckningar gallrade</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="48"/>
        <source>Restored from backup</source>
        <translation>Återställd från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="49"/>
        <source>Unit changed</source>
        <translation>Enhet ändrad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="50"/>
        <source>Worker changed</source>
        <translation>Medarbetare ändrad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="51"/>
        <source>FTE changed</source>
        <translation>Årsarbetare ändrade</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="52"/>
        <source>Target changed</source>
        <translation>Mål ändrat</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="53"/>
        <source>Label changed</source>
        <translation>Benämning ändrad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="54"/>
        <source>Template changed</source>
        <translation>Mall ändrad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="85"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="86"/>
        <source>from device</source>
        <translation>från enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="87"/>
        <source>added</source>
        <translation>tillagda</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="88"/>
        <source>updated</source>
        <translation>uppdaterade</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="89"/>
        <source>deleted</source>
        <translation>borttagna</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="90"/>
        <source>unchanged</source>
        <translation>oförändrade</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="91"/>
        <source>conflicts</source>
        <translation>konflikter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="92"/>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="93"/>
        <source>units</source>
        <translation>enheter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="94"/>
        <source>reason</source>
        <translation>skäl</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="95"/>
        <source>notes cleared</source>
        <translation>gallrade anteckningar</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="96"/>
        <source>dated before</source>
        <translation>daterade före</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="97"/>
        <source>backup</source>
        <translation>säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="98"/>
        <source>damaged file kept as</source>
        <translation>skadad fil sparad som</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="99"/>
        <source>kept</source>
        <translation>behölls</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="100"/>
        <source>here</source>
        <translation>här</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="101"/>
        <source>package</source>
        <translation>paketet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="102"/>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="103"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="104"/>
        <location filename="../omradesapp/ui/audit_view.py" line="105"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="106"/>
        <location filename="../omradesapp/ui/audit_view.py" line="107"/>
        <source>worker</source>
        <translation>medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="108"/>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="109"/>
        <source>minutes</source>
        <translation>minuter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="110"/>
        <source>adults</source>
        <translation>vuxna</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="111"/>
        <source>children</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="112"/>
        <source>evening</source>
        <translation>kväll</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="178"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="179"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="180"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="181"/>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="182"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="209"/>
        <source>Audit log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="210"/>
        <source>Every change to entries and months, with who and when.</source>
        <translation>Varje ändring av poster och månader, med vem och när.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/audit_view.py" line="211"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
</context>
<context>
    <name>DemoSplash</name>
    <message>
        <location filename="../omradesapp/ui/demo_start.py" line="69"/>
        <source>Områdesappen</source>
        <translation>Områdesappen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/demo_start.py" line="70"/>
        <source>Making sample data for the last two years…</source>
        <translation>Skapar exempeldata för de senaste två åren…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/demo_start.py" line="74"/>
        <source>Making sample data</source>
        <translation>Skapar exempeldata</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../omradesapp/ui/admin_desk.py" line="24"/>
        <source>New entries on this computer get this unit and this worker unless you choose others in the form.</source>
        <translation>Nya poster på den här datorn får den här enheten och medarbetaren om du inte väljer andra i formuläret.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_desk.py" line="31"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_desk.py" line="32"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_desk.py" line="34"/>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_desk.py" line="34"/>
        <source>&amp;Worker</source>
        <translation>&amp;Medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_desk.py" line="55"/>
        <source>This desk now logs for {unit} as {worker}.</source>
        <translation>Den här datorn loggar nu för {unit} som {worker}.</translation>
    </message>
</context>
<context>
    <name>EntriesView</name>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="38"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="47"/>
        <source>Words in the note</source>
        <translation>Ord i anteckningen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="49"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="56"/>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="59"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="60"/>
        <source>&amp;To</source>
        <translation>T&amp;ill</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="61"/>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="62"/>
        <source>&amp;Worker</source>
        <translation>&amp;Medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="63"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="64"/>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="65"/>
        <source>&amp;Search notes</source>
        <translation>&amp;Sök i anteckningar</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="95"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="137"/>
        <source>{field}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>{field}: ”{text}” är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="146"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entries_view.py" line="147"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../omradesapp/ui/entry_actions.py" line="52"/>
        <source>Log entry</source>
        <translation>Logga post</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_actions.py" line="64"/>
        <source>Edit entry</source>
        <translation>Ändra post</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_actions.py" line="76"/>
        <source>Delete entry</source>
        <translation>Ta bort post</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="31"/>
        <source>Case type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="32"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="33"/>
        <source>Group type</source>
        <translation>Typ av grupp</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="34"/>
        <source>Meeting type</source>
        <translation>Typ av möte</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="35"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="36"/>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="37"/>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="38"/>
        <source>Partners</source>
        <translation>Samverkanspartner</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="39"/>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="66"/>
        <source>HH:MM</source>
        <translation>TT:MM</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="72"/>
        <location filename="../omradesapp/ui/entry_form.py" line="153"/>
        <source>Evening</source>
        <translation>Kväll</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="75"/>
        <source>Write no names</source>
        <translation>Skriv inga namn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="78"/>
        <location filename="../omradesapp/ui/entry_form.py" line="252"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="79"/>
        <source>As &amp;last time</source>
        <translation>Som &amp;förra gången</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="80"/>
        <source>&amp;Clear</source>
        <translation>Re&amp;nsa</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="105"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="108"/>
        <source>&amp;Time</source>
        <translation>T&amp;id</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="110"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="113"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="116"/>
        <source>&amp;Worker</source>
        <translation>Med&amp;arbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="118"/>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="121"/>
        <source>C&amp;hildren</source>
        <translation>&amp;Barn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="125"/>
        <source>&amp;Adults</source>
        <translation>&amp;Vuxna</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="138"/>
        <source>&amp;Note</source>
        <translation>Antec&amp;kning</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="154"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="155"/>
        <source>As last time</source>
        <translation>Som förra gången</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="156"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="157"/>
        <source>No names, identity numbers, phone numbers or e-mail.</source>
        <translation>Inga namn, personnummer, telefonnummer eller e-postadresser.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="255"/>
        <source>Editing the entry of {date}</source>
        <translation>Ändrar posten från {date} (Esc avbryter)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="256"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_form.py" line="269"/>
        <source>{field} must be a whole number, not “{text}”.</source>
        <translation>{field} måste vara ett heltal, inte ”{text}”.</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="38"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="39"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="40"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="41"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="42"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="43"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="44"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="45"/>
        <source>Worker</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/entry_model.py" line="46"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="51"/>
        <source>Export package for the unit head</source>
        <translation>Exportpaket till gruppchefen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="61"/>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="62"/>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="65"/>
        <source>Units (none ticked: all units)</source>
        <translation>Enheter (ingen markerad: alla enheter)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="67"/>
        <source>All workers</source>
        <translation>Alla medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="70"/>
        <source>Worker</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="72"/>
        <location filename="../omradesapp/ui/export_dialog.py" line="73"/>
        <source>File to write</source>
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="74"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="81"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="82"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="83"/>
        <source>&amp;Units</source>
        <translation>&amp;Enheter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="84"/>
        <source>&amp;Worker</source>
        <translation>&amp;Medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="85"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="88"/>
        <source>Notes are never exported; counts, codes and dates are.</source>
        <translation>Anteckningar exporteras aldrig; antal, koder och datum gör det.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="94"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="111"/>
        <source>Save export package</source>
        <translation>Spara exportpaket</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="113"/>
        <source>Export packages (*.omrpkg)</source>
        <translation>Exportpaket (*.omrpkg)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="126"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="129"/>
        <source>Choose a file to write the package to.</source>
        <translation>Välj en fil att skriva paketet till.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="142"/>
        <source>Writing the package...</source>
        <translation>Skriver paketet…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/export_dialog.py" line="154"/>
        <source>Wrote %1 entries and %2 deletions to %3.</source>
        <translation>Skrev %1 poster och %2 borttagningar till %3.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../omradesapp/ui/first_start.py" line="26"/>
        <source>Welcome to Områdesappen</source>
        <translation>Välkommen till Områdesappen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/first_start.py" line="29"/>
        <source>Which unit do you log for, and what should your entries be marked with? Initials are enough. You can change both later under Administration.</source>
        <translation>Vilken enhet loggar du för, och vad ska dina poster märkas med? Initialer räcker. Båda går att ändra senare under Administration.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/first_start.py" line="37"/>
        <source>e.g. AB</source>
        <translation>t.ex. AB</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/first_start.py" line="40"/>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/first_start.py" line="40"/>
        <source>&amp;Initials</source>
        <translation>&amp;Initialer</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/first_start.py" line="57"/>
        <source>Write your initials or a short name.</source>
        <translation>Skriv dina initialer eller ett kort namn.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="150"/>
        <source>Import export packages</source>
        <translation>Importera exportpaket</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="155"/>
        <source>Files to import</source>
        <translation>Filer att importera</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="156"/>
        <source>&amp;Choose files...</source>
        <translation>&amp;Välj filer…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="159"/>
        <source>Where an entry was changed in two places, take the &amp;package&apos;s version</source>
        <translation>Där en post har ändrats på två ställen, ta &amp;paketets version</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="162"/>
        <source>Choose one or more export packages.</source>
        <translation>Välj ett eller flera exportpaket.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="171"/>
        <source>Changes the import would make</source>
        <translation>Ändringar som importen skulle göra</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="175"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="196"/>
        <source>Choose export packages</source>
        <translation>Välj exportpaket</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="198"/>
        <source>Export packages (*.omrpkg);;CSV files (*.csv);;All files (*)</source>
        <translation>Exportpaket (*.omrpkg);;CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="229"/>
        <source>Checking the files...</source>
        <translation>Kontrollerar filerna…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="248"/>
        <source>Added: %1, updated: %2, deleted: %3, unchanged: %4, in conflict: %5. Nothing has changed yet.</source>
        <translation>Läggs till: %1, uppdateras: %2, tas bort: %3, oförändrade: %4, i konflikt: %5. Ingenting har ändrats ännu.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="262"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="270"/>
        <location filename="../omradesapp/ui/import_dialog.py" line="281"/>
        <source>Added</source>
        <translation>Läggs till</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="274"/>
        <source>%1: %2 rows from a CSV file</source>
        <translation>%1: %2 rader från en CSV-fil</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="287"/>
        <source>Updated</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="289"/>
        <source>Deleted</source>
        <translation>Tas bort</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="291"/>
        <source>package&apos;s version taken</source>
        <translation>paketets version tas</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="291"/>
        <source>kept</source>
        <translation>behålls</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="292"/>
        <source>deleted</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="297"/>
        <source>Conflict: here</source>
        <translation>Konflikt: här</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="298"/>
        <source>Conflict: package</source>
        <translation>Konflikt: paketet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="303"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="304"/>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="305"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="306"/>
        <source>worker</source>
        <translation>medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="307"/>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="308"/>
        <source>minutes</source>
        <translation>minuter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="309"/>
        <source>adults</source>
        <translation>vuxna</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="310"/>
        <source>children</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="311"/>
        <source>case type</source>
        <translation>ärendetyp</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="312"/>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="313"/>
        <source>age group</source>
        <translation>åldersgrupp</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="314"/>
        <source>topics</source>
        <translation>ämnen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="315"/>
        <source>meeting type</source>
        <translation>typ av möte</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="316"/>
        <source>partners</source>
        <translation>samverkanspartner</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="317"/>
        <source>referred to</source>
        <translation>hänvisad till</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="318"/>
        <source>group type</source>
        <translation>typ av grupp</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="319"/>
        <source>evening</source>
        <translation>kväll</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="320"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="331"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="331"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="359"/>
        <source>Importing...</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="384"/>
        <source>Imported: %1 added, %2 updated, %3 deleted, %4 in conflict.</source>
        <translation>Importerat: %1 tillagda, %2 uppdaterade, %3 borttagna, %4 i konflikt.</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="38"/>
        <source>Code &amp;list</source>
        <translation>Kod&amp;lista</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="41"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="41"/>
        <source>Default label</source>
        <translation>Standardnamn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="41"/>
        <source>Label used</source>
        <translation>Namn som används</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="43"/>
        <source>Labels</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="55"/>
        <source>Press F2 to rename a label. Codes never change; an empty label restores the default.</source>
        <translation>Tryck F2 för att byta namn. Koderna ändras aldrig; ett tomt namn återställer standardnamnet.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="74"/>
        <source>Kinds of entry</source>
        <translation>Typer av poster</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="76"/>
        <source>Partners and referrals</source>
        <translation>Samverkanspartner och hänvisningar</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_labels.py" line="114"/>
        <source>Label saved: {label}.</source>
        <translation>Namnet sparat: {label}.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../omradesapp/ui/log_page.py" line="67"/>
        <source>Saved: {what}, {date}.</source>
        <translation>Sparat: {what}, {date}.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/log_page.py" line="69"/>
        <source>Changed: {what}, {date}.</source>
        <translation>Ändrat: {what}, {date}.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/log_page.py" line="77"/>
        <source>Nothing of this kind has been logged yet.</source>
        <translation>Inget av den här typen har loggats ännu.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/log_page.py" line="94"/>
        <source>Template not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/log_page.py" line="97"/>
        <source>Template saved: {name}.</source>
        <translation>Mallen sparad: {name}.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/log_page.py" line="106"/>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/log_page.py" line="109"/>
        <source>Deleted: {what}, {date}. Undo with Ctrl+Z.</source>
        <translation>Borttaget: {what}, {date}. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="30"/>
        <source>Områdesappen</source>
        <translation>Områdesappen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="36"/>
        <source>Log</source>
        <translation>Logga</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="38"/>
        <source>All entries</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="44"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="41"/>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="189"/>
        <source>&amp;Log</source>
        <translation>&amp;Logga</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="45"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="39"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="46"/>
        <source>&amp;Export package…</source>
        <translation>&amp;Exportera paket…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="47"/>
        <source>&amp;Close or reopen a month…</source>
        <translation>Avsluta eller öppna en &amp;månad…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="148"/>
        <source>Package written: {path}</source>
        <translation>Paketet skrivet: {path}</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="183"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="185"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="197"/>
        <source>As &amp;last time</source>
        <translation>Som &amp;förra gången</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="200"/>
        <source>Log &amp;template occurrence</source>
        <translation>Logga tillfälle från &amp;mall</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="206"/>
        <source>&amp;Save form as template…</source>
        <translation>&amp;Spara formuläret som mall…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="210"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/main_window.py" line="224"/>
        <source>Logging as {worker} for {unit}.</source>
        <translation>Loggar som {worker} för {unit}.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="37"/>
        <source>Close or reopen a month</source>
        <translation>Avsluta eller öppna en månad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="42"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="45"/>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="47"/>
        <source>Why the month is reopened (no names)</source>
        <translation>Varför månaden öppnas igen (inga namn)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="48"/>
        <source>Reason for reopening</source>
        <translation>Skäl för att öppna igen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="49"/>
        <source>&amp;Close month</source>
        <translation>&amp;Avsluta månaden</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="50"/>
        <source>&amp;Reopen month</source>
        <translation>&amp;Öppna månaden igen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="57"/>
        <source>&amp;Month</source>
        <translation>&amp;Månad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="58"/>
        <source>&amp;Units</source>
        <translation>&amp;Enheter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="59"/>
        <source>Rea&amp;son</source>
        <translation>S&amp;käl</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="66"/>
        <source>A closed month&apos;s entries cannot be added, changed or deleted.</source>
        <translation>I en avslutad månad kan poster inte läggas till, ändras eller tas bort.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="85"/>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="97"/>
        <source>Tick at least one unit.</source>
        <translation>Markera minst en enhet.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="112"/>
        <source>%1 closed for %2 unit(s).</source>
        <translation>%1 avslutad för %2 enhet(er).</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="125"/>
        <source>Give a reason for reopening the month.</source>
        <translation>Ange varför månaden öppnas igen.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/month_dialog.py" line="140"/>
        <source>%1 reopened for %2 unit(s).</source>
        <translation>%1 öppnad igen för %2 enhet(er).</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="125"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="126"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="127"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="128"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/import_dialog.py" line="129"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>RecentView</name>
    <message>
        <location filename="../omradesapp/ui/recent_view.py" line="30"/>
        <source>This week&apos;s entries</source>
        <translation>Veckans poster</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/recent_view.py" line="33"/>
        <source>&amp;Edit (F2)</source>
        <translation>&amp;Ändra (F2)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/recent_view.py" line="34"/>
        <source>De&amp;lete (Del)</source>
        <translation>Ta b&amp;ort (Del)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/recent_view.py" line="35"/>
        <source>Edit</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/recent_view.py" line="36"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/recent_view.py" line="71"/>
        <source>Today: {today} · week {week}: {n}</source>
        <translation>I dag: {today} · vecka {week}: {n}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="133"/>
        <source>&amp;Month</source>
        <translation>&amp;Månad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="134"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="139"/>
        <source>Report for</source>
        <translation>Rapport för</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="144"/>
        <location filename="../omradesapp/ui/reports_view.py" line="145"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="148"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="148"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="154"/>
        <location filename="../omradesapp/ui/reports_view.py" line="155"/>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="157"/>
        <location filename="../omradesapp/ui/reports_view.py" line="158"/>
        <source>Worker</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="161"/>
        <source>&amp;Create report</source>
        <translation>&amp;Skapa rapport</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="163"/>
        <source>Create the report (Ctrl+R)</source>
        <translation>Skapa rapporten (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="170"/>
        <source>Choose a month or a period and create the report.</source>
        <translation>Välj en månad eller en period och skapa rapporten.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="177"/>
        <source>Report preview</source>
        <translation>Förhandsvisning av rapporten</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="179"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="183"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="184"/>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="185"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Spara som &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="209"/>
        <source>All workers</source>
        <translation>Alla medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="240"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar. Ändra Från eller Till.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="244"/>
        <source>Choose at least one unit.</source>
        <translation>Välj minst en enhet.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="276"/>
        <source>The report could not be made: {0}</source>
        <translation>Rapporten kunde inte skapas: {0}</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="277"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="292"/>
        <source>Creating the report…</source>
        <translation>Skapar rapporten…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="303"/>
        <source>{0} {1}. Pages: {2}</source>
        <translation>{0} {1}. Sidor: {2}</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="318"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="319"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="320"/>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel-filer (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="323"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="341"/>
        <source>Saved: {0}</source>
        <translation>Sparad: {0}</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="344"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="379"/>
        <source>Sent to the printer.</source>
        <translation>Skickad till skrivaren.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/reports_view.py" line="382"/>
        <source>Preparing the pages for printing…</source>
        <translation>Förbereder sidorna för utskrift…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../omradesapp/ui/restore_offer.py" line="35"/>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/restore_offer.py" line="38"/>
        <source>The database %1 failed its integrity check. Restore it from a backup? Entries made after the backup will be missing; the damaged file is kept beside it.</source>
        <translation>Databasen %1 klarade inte kontrollen. Vill du återställa den från en säkerhetskopia? Poster som gjorts efter säkerhetskopian kommer att saknas; den skadade filen sparas bredvid.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/restore_offer.py" line="45"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/restore_offer.py" line="56"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="26"/>
        <source>Spontaneous visits</source>
        <translation>Spontana besök</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="27"/>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="28"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="29"/>
        <source>Persons met individually</source>
        <translation>Personer mötta enskilt</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="30"/>
        <source>Group sessions</source>
        <translation>Gruppträffar</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="31"/>
        <source>Group participants</source>
        <translation>Gruppdeltagare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="32"/>
        <source>Evening groups</source>
        <translation>Kvällsgrupper</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="33"/>
        <source>Collaboration meetings</source>
        <translation>Samverkansmöten</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="47"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="47"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="47"/>
        <source>Figure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="47"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="49"/>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="63"/>
        <source>&amp;Save target</source>
        <translation>&amp;Spara mål</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="64"/>
        <source>&amp;Remove target</source>
        <translation>&amp;Ta bort mål</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="69"/>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="70"/>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="71"/>
        <source>&amp;Figure</source>
        <translation>M&amp;ått</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="72"/>
        <source>&amp;Target per year</source>
        <translation>Mål &amp;per år</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_targets.py" line="133"/>
        <source>Targets saved.</source>
        <translation>Målen sparade.</translation>
    </message>
</context>
<context>
    <name>TemplateBar</name>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="51"/>
        <source>Te&amp;mplate</source>
        <translation>Ma&amp;ll</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="52"/>
        <source>Log &amp;occurrence</source>
        <translation>Logga tillfälle</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="53"/>
        <source>Save as template…</source>
        <translation>Spara som mall…</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="54"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="55"/>
        <location filename="../omradesapp/ui/template_bar.py" line="98"/>
        <source>Remove template</source>
        <translation>Ta bort mallen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="56"/>
        <source>Log occurrence</source>
        <translation>Logga tillfälle</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="57"/>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="77"/>
        <source>{name} (today)</source>
        <translation>{name} (idag)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="99"/>
        <source>Remove the template {name}? Entries logged with it stay.</source>
        <translation>Ta bort mallen {name}? Poster som loggats med den finns kvar.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_bar.py" line="106"/>
        <source>Template removed: {name}.</source>
        <translation>Mallen borttagen: {name}.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../omradesapp/ui/template_dialog.py" line="18"/>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_dialog.py" line="20"/>
        <source>e.g. the collaboration group</source>
        <translation>t.ex. samverkansgruppen</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_dialog.py" line="23"/>
        <source>Not on a schedule</source>
        <translation>Inte på schema</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_dialog.py" line="24"/>
        <source>Every {weekday}</source>
        <translation>Varje {weekday}</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_dialog.py" line="25"/>
        <source>Every other {weekday}</source>
        <translation>Varannan {weekday}</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_dialog.py" line="27"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/template_dialog.py" line="27"/>
        <source>&amp;Recurs</source>
        <translation>&amp;Återkommer</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="49"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="49"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="49"/>
        <source>Ages</source>
        <translation>Åldrar</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="49"/>
        <source>FTE</source>
        <translation>Årsarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="50"/>
        <source>Active from</source>
        <translation>Aktiv från</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="50"/>
        <location filename="../omradesapp/ui/admin_units.py" line="96"/>
        <source>Active to</source>
        <translation>Aktiv till</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="50"/>
        <source>FTE per year</source>
        <translation>Årsarbetare per år</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="52"/>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="60"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="67"/>
        <source>&amp;New unit</source>
        <translation>N&amp;y enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="68"/>
        <source>&amp;Save unit</source>
        <translation>&amp;Spara enhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="69"/>
        <source>Set FTE for the &amp;year</source>
        <translation>Spara årsarbetare för &amp;året</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="87"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="88"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="89"/>
        <source>Target &amp;ages</source>
        <translation>Mål&amp;grupp (ålder)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="90"/>
        <source>&amp;FTE (default)</source>
        <translation>Års&amp;arbetare (standard)</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="91"/>
        <source>Acti&amp;ve</source>
        <translation>Akti&amp;v</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="92"/>
        <source>FTE in a &amp;year</source>
        <translation>Årsarbetare ett &amp;visst år</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="95"/>
        <source>Target ages to</source>
        <translation>Målgrupp ålder till</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="97"/>
        <source>FTE in the year</source>
        <translation>Årsarbetare det året</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="157"/>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>”{text}” är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="181"/>
        <source>Unit saved: {name}.</source>
        <translation>Enheten sparad: {name}.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="185"/>
        <source>Choose a unit in the list first.</source>
        <translation>Välj först en enhet i listan.</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_units.py" line="197"/>
        <source>FTE saved for {year}.</source>
        <translation>Årsarbetare sparade för {year}.</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="26"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="26"/>
        <source>Home unit</source>
        <translation>Hemenhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="26"/>
        <location filename="../omradesapp/ui/admin_workers.py" line="32"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="27"/>
        <source>Workers</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="30"/>
        <source>A&amp;ctive</source>
        <translation>Akti&amp;v</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="34"/>
        <source>&amp;New worker</source>
        <translation>N&amp;y medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="35"/>
        <source>&amp;Save worker</source>
        <translation>&amp;Spara medarbetare</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="37"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="37"/>
        <source>&amp;Home unit</source>
        <translation>&amp;Hemenhet</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="50"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="50"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../omradesapp/ui/admin_workers.py" line="88"/>
        <source>Worker saved: {name}.</source>
        <translation>Medarbetaren sparad: {name}.</translation>
    </message>
</context>
</TS>
