<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AdminView</name>
        <message>
            <source>&amp;Units</source>
            <translation>&amp;Enheter</translation>
        </message>
        <message>
            <source>&amp;Workers</source>
            <translation>&amp;Medarbetare</translation>
        </message>
        <message>
            <source>T&amp;argets</source>
            <translation>M&amp;ål</translation>
        </message>
        <message>
            <source>Durat&amp;ions</source>
            <translation>Stan&amp;dardtider</translation>
        </message>
        <message>
            <source>La&amp;bels</source>
            <translation>Eti&amp;ketter</translation>
        </message>
        <message>
            <source>This &amp;desk</source>
            <translation>Den h&amp;är datorn</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Områdesappen cannot start</source>
            <translation>Områdesappen kan inte starta</translation>
        </message>
        <message>
            <source>Backup made: {name}</source>
            <translation>Säkerhetskopia gjord: {name}</translation>
        </message>
        <message>
            <source>No backup made: {name}</source>
            <translation>Ingen säkerhetskopia gjord: {name}</translation>
        </message>
        <message>
            <source>Where the database lives</source>
            <translation>Var databasen ligger</translation>
        </message>
        <message>
            <source>The database needs attention</source>
            <translation>Databasen behöver åtgärdas</translation>
        </message>
        <message>
            <source>The database's quick check found a problem:
{problem}

Entries you save are still kept, but restore a backup soon.</source>
            <translation>Databasens snabbkontroll hittade ett fel:
{problem}

Poster som du sparar finns kvar, men återställ en säkerhetskopia snart.</translation>
        </message>
        <message>
            <source>Restore from a backup...</source>
            <translation>Återställ från en säkerhetskopia...</translation>
        </message>
        <message>
            <source>Continue for now</source>
            <translation>Fortsätt så länge</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borttagen</translation>
        </message>
        <message>
            <source>Restored after delete</source>
            <translation>Återställd efter borttagning</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Updated by import</source>
            <translation>Uppdaterad vid import</translation>
        </message>
        <message>
            <source>Deleted by import</source>
            <translation>Borttagen vid import</translation>
        </message>
        <message>
            <source>Conflict on import</source>
            <translation>Konflikt vid import</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Month closed</source>
            <translation>Månad avslutad</translation>
        </message>
        <message>
            <source>Month reopened</source>
            <translation>Månad öppnad igen</translation>
        </message>
        <message>
            <source>Old notes cleared</source>
            <translation>Gamla anteckningar gallrade</translation>
        </message>
        <message>
            <source>Restored from backup</source>
            <translation>Återställd från säkerhetskopia</translation>
        </message>
        <message>
            <source>Unit changed</source>
            <translation>Enhet ändrad</translation>
        </message>
        <message>
            <source>Worker changed</source>
            <translation>Medarbetare ändrad</translation>
        </message>
        <message>
            <source>FTE changed</source>
            <translation>Årsarbetare ändrade</translation>
        </message>
        <message>
            <source>Target changed</source>
            <translation>Mål ändrat</translation>
        </message>
        <message>
            <source>Label changed</source>
            <translation>Benämning ändrad</translation>
        </message>
        <message>
            <source>Code added</source>
            <translation>Kod tillagd</translation>
        </message>
        <message>
            <source>Code retired</source>
            <translation>Kod tagen ur bruk</translation>
        </message>
        <message>
            <source>Code back in use</source>
            <translation>Kod i bruk igen</translation>
        </message>
        <message>
            <source>Template saved</source>
            <translation>Mall sparad</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>Ny mall</translation>
        </message>
        <message>
            <source>Template changed</source>
            <translation>Mall ändrad</translation>
        </message>
        <message>
            <source>Template removed</source>
            <translation>Mall borttagen</translation>
        </message>
        <message>
            <source>Default durations changed</source>
            <translation>Standardtider ändrade</translation>
        </message>
        <message>
            <source>Report comment changed</source>
            <translation>Rapportkommentar ändrad</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fil</translation>
        </message>
        <message>
            <source>from</source>
            <translation>från</translation>
        </message>
        <message>
            <source>added</source>
            <translation>tillagda</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>uppdaterade</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>borttagna</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>oförändrade</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>konflikter</translation>
        </message>
        <message>
            <source>month</source>
            <translation>månad</translation>
        </message>
        <message>
            <source>units</source>
            <translation>enheter</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>skäl</translation>
        </message>
        <message>
            <source>notes cleared</source>
            <translation>gallrade anteckningar</translation>
        </message>
        <message>
            <source>dated before</source>
            <translation>daterade före</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>säkerhetskopia</translation>
        </message>
        <message>
            <source>damaged file kept as</source>
            <translation>skadad fil sparad som</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>behölls</translation>
        </message>
        <message>
            <source>here</source>
            <translation>här</translation>
        </message>
        <message>
            <source>package</source>
            <translation>paketet</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>typ</translation>
        </message>
        <message>
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>enhet</translation>
        </message>
        <message>
            <source>worker</source>
            <translation>medarbetare</translation>
        </message>
        <message>
            <source>time</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuter</translation>
        </message>
        <message>
            <source>adults</source>
            <translation>vuxna</translation>
        </message>
        <message>
            <source>children</source>
            <translation>barn</translation>
        </message>
        <message>
            <source>evening</source>
            <translation>kväll</translation>
        </message>
        <message>
            <source>template</source>
            <translation>mall</translation>
        </message>
        <message>
            <source>year</source>
            <translation>år</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>årsarbetare</translation>
        </message>
        <message>
            <source>set</source>
            <translation>satt</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>borttaget</translation>
        </message>
        <message>
            <source>label</source>
            <translation>etikett</translation>
        </message>
        <message>
            <source>note</source>
            <translation>anteckning</translation>
        </message>
        <message>
            <source>partners</source>
            <translation>samverkanspartner</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>period</source>
            <translation>period</translation>
        </message>
        <message>
            <source>entries</source>
            <translation>poster</translation>
        </message>
        <message>
            <source>deletions</source>
            <translation>borttagna</translation>
        </message>
        <message>
            <source>desks behind</source>
            <translation>skrivbord som låg efter</translation>
        </message>
        <message>
            <source>unknown desk computer</source>
            <translation>okänd skrivbordsdator</translation>
        </message>
        <message>
            <source>{kind} {n} min</source>
            <translation>{kind} {n} min</translation>
        </message>
        <message>
            <source>{value} per FTE</source>
            <translation>{value} per årsarbetare</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Kommandoraden</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Audit log</source>
            <translation>Ändringslogg</translation>
        </message>
        <message>
            <source>Every change to entries and months, with who and when.</source>
            <translation>Varje ändring av poster och månader, med vem och när.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>Calendar (Alt+Down)</source>
            <translation>Kalender (Alt+Nedåtpil)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>{field} must be a date written YYYY-MM-DD, not “{text}”.</source>
            <translation>{field} ska skrivas som ett datum ÅÅÅÅ-MM-DD, inte ”{text}”.</translation>
        </message>
    </context>
    <context>
        <name>DemoSplash</name>
        <message>
            <source>Områdesappen</source>
            <translation>Områdesappen</translation>
        </message>
        <message>
            <source>Making sample data for the last two years…</source>
            <translation>Skapar exempeldata för de senaste två åren…</translation>
        </message>
        <message>
            <source>Making sample data</source>
            <translation>Skapar exempeldata</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>New entries on this computer get this unit and this worker unless you choose others in the form.</source>
            <translation>Nya poster på den här datorn får den här enheten och medarbetaren om du inte väljer andra i formuläret.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>E&amp;nhet</translation>
        </message>
        <message>
            <source>&amp;Worker</source>
            <translation>Medar&amp;betare</translation>
        </message>
        <message>
            <source>This desk now logs for {unit} as {worker}.</source>
            <translation>Den här datorn loggar nu för {unit} som {worker}.</translation>
        </message>
    </context>
    <context>
        <name>DurationsPage</name>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Default durations</source>
            <translation>Standardtider</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Save durations</source>
            <translation>S&amp;para standardtider</translation>
        </message>
        <message>
            <source>Choose a unit in the table.</source>
            <translation>Välj en enhet i tabellen.</translation>
        </message>
        <message>
            <source>Default durations saved for {unit}.</source>
            <translation>Standardtider sparade för {unit}.</translation>
        </message>
    </context>
    <context>
        <name>EngagementDialog</name>
        <message>
            <source>&amp;Assignment</source>
            <translation>&amp;Uppdrag</translation>
        </message>
        <message>
            <source>&amp;Basis</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>Asked b&amp;y</source>
            <translation>Förfrågan &amp;från</translation>
        </message>
        <message>
            <source>Re&amp;quested on</source>
            <translation>&amp;Datum för förfrågan</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Startdatum</translation>
        </message>
        <message>
            <source>&amp;Consent form signed</source>
            <translation>Sa&amp;mtycke undertecknat</translation>
        </message>
        <message>
            <source>Age of the child in &amp;focus</source>
            <translation>&amp;Ålder, barnet i fokus</translation>
        </message>
        <message>
            <source>&amp;Girls</source>
            <translation>F&amp;lickor</translation>
        </message>
        <message>
            <source>B&amp;oys</source>
            <translation>&amp;Pojkar</translation>
        </message>
        <message>
            <source>SIP at s&amp;tart</source>
            <translation>SIP &amp;vid start</translation>
        </message>
        <message>
            <source>SIP set &amp;up on</source>
            <translation>SIP upp&amp;rättad</translation>
        </message>
        <message>
            <source>&amp;Employment at start</source>
            <translation>S&amp;ysselsättning vid start</translation>
        </message>
        <message>
            <source>Eco&amp;nomy at start</source>
            <translation>&amp;Ekonomi vid start</translation>
        </message>
        <message>
            <source>&amp;KASAM at start</source>
            <translation>&amp;KASAM vid start</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>&amp;Slutdatum</translation>
        </message>
        <message>
            <source>&amp;Reason for ending</source>
            <translation>&amp;Orsak till avslut</translation>
        </message>
        <message>
            <source>Em&amp;ployment at end</source>
            <translation>S&amp;ysselsättning vid avslut</translation>
        </message>
        <message>
            <source>Eco&amp;nomy at end</source>
            <translation>&amp;Ekonomi vid avslut</translation>
        </message>
        <message>
            <source>&amp;KASAM at end</source>
            <translation>&amp;KASAM vid avslut</translation>
        </message>
        <message>
            <source>Eligible for upper &amp;secondary school</source>
            <translation>&amp;Behörig till gymnasiet</translation>
        </message>
    </context>
    <context>
        <name>EngagementFields</name>
        <message>
            <source>{field}: write the date as YYYY-MM-DD, not “{text}”.</source>
            <translation>{field}: skriv datumet som ÅÅÅÅ-MM-DD, inte ”{text}”.</translation>
        </message>
    </context>
    <context>
        <name>EngagementModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>Uppdrag</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Timmar</translation>
        </message>
        <message>
            <source>SIP</source>
            <translation>SIP</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>at start</source>
            <translation>vid start</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Closed {date}</source>
            <translation>Avslutad {date}</translation>
        </message>
    </context>
    <context>
        <name>EngagementsView</name>
        <message>
            <source>No unit is a team: family engagements belong to a team's units.</source>
            <translation>Ingen enhet är ett team: familjeinsatser förs i teamets enheter.</translation>
        </message>
        <message>
            <source>&amp;New engagement…</source>
            <translation>&amp;Ny insats…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <source>Cl&amp;ose engagement…</source>
            <translation>Av&amp;sluta insatsen…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>New engagement</source>
            <translation>Ny insats</translation>
        </message>
        <message>
            <source>Change engagement</source>
            <translation>Ändra insatsen</translation>
        </message>
        <message>
            <source>Close engagement</source>
            <translation>Avsluta insatsen</translation>
        </message>
        <message>
            <source>Delete engagement</source>
            <translation>Ta bort insatsen</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Enhet</translation>
        </message>
        <message>
            <source>Engage&amp;ments</source>
            <translation>Familje&amp;insatser</translation>
        </message>
        <message>
            <source>New family engagement</source>
            <translation>Ny familjeinsats</translation>
        </message>
        <message>
            <source>Write the code {code} in the journal.</source>
            <translation>Skriv koden {code} i journalen.</translation>
        </message>
        <message>
            <source>Family engagement opened: {code}.</source>
            <translation>Familjeinsatsen öppnad: {code}.</translation>
        </message>
        <message>
            <source>Family engagement {code}</source>
            <translation>Familjeinsats {code}</translation>
        </message>
        <message>
            <source>Family engagement changed: {code}.</source>
            <translation>Familjeinsatsen ändrad: {code}.</translation>
        </message>
        <message>
            <source>Close family engagement {code}</source>
            <translation>Avsluta familjeinsats {code}</translation>
        </message>
        <message>
            <source>Family engagement closed: {code}.</source>
            <translation>Familjeinsatsen avslutad: {code}.</translation>
        </message>
        <message>
            <source>Delete family engagement</source>
            <translation>Ta bort familjeinsats</translation>
        </message>
        <message>
            <source>Delete the family engagement {code}?</source>
            <translation>Ta bort familjeinsatsen {code}?</translation>
        </message>
        <message>
            <source>Family engagement deleted: {code}.</source>
            <translation>Familjeinsatsen borttagen: {code}.</translation>
        </message>
    </context>
    <context>
        <name>EntriesView</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Koder</translation>
        </message>
        <message>
            <source>Words in the note</source>
            <translation>Ord i anteckningen</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Söker…</translation>
        </message>
        <message>
            <source>Number of matching entries</source>
            <translation>Antal matchande poster</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Från</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>T&amp;ill</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Enhet</translation>
        </message>
        <message>
            <source>&amp;Worker</source>
            <translation>&amp;Medarbetare</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Typ</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Kod</translation>
        </message>
        <message>
            <source>{0} entry</source>
            <translation>{0} post</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>{0} poster</translation>
        </message>
        <message>
            <source>&amp;Search notes</source>
            <translation>&amp;Sök i anteckningar</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>{field}: “{text}” is not a date (YYYY-MM-DD).</source>
            <translation>{field}: ”{text}” är inget datum (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
    </context>
    <context>
        <name>EntryActions</name>
        <message>
            <source>Redone: {what}.</source>
            <translation>Gjort om: {what}.</translation>
        </message>
        <message>
            <source>Undone: {what}.</source>
            <translation>Ångrat: {what}.</translation>
        </message>
        <message>
            <source>Log entry</source>
            <translation>Logga post
sparandet</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Ändra post
ändringen</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Ta bort post
borttagningen</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Case type</source>
            <translation>Ärendetyp</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Group type</source>
            <translation>Typ av grupp</translation>
        </message>
        <message>
            <source>Meeting type</source>
            <translation>Typ av möte</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Åldersgrupp</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Ämnen</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Samverkanspartner</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Hänvisad till</translation>
        </message>
        <message>
            <source>Case t&amp;ype</source>
            <translation>Ärendet&amp;yp</translation>
        </message>
        <message>
            <source>&amp;Form</source>
            <translation>F&amp;orm</translation>
        </message>
        <message>
            <source>Group t&amp;ype</source>
            <translation>T&amp;yp av grupp</translation>
        </message>
        <message>
            <source>Meeting t&amp;ype</source>
            <translation>T&amp;yp av möte</translation>
        </message>
        <message>
            <source>Cate&amp;gory</source>
            <translation>&amp;Kategori</translation>
        </message>
        <message>
            <source>Age g&amp;roup</source>
            <translation>&amp;Åldersgrupp</translation>
        </message>
        <message>
            <source>T&amp;opics</source>
            <translation>&amp;Ämnen</translation>
        </message>
        <message>
            <source>&amp;Partners</source>
            <translation>Samver&amp;kanspartner</translation>
        </message>
        <message>
            <source>Referred &amp;to</source>
            <translation>Hänvisad &amp;till</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>TT:MM</translation>
        </message>
        <message>
            <source>E&amp;vening</source>
            <translation>K&amp;väll</translation>
        </message>
        <message>
            <source>Answered withi&amp;n 24 hours</source>
            <translation>Besvarat i&amp;nom 24 timmar</translation>
        </message>
        <message>
            <source>From the pro&amp;fessional network</source>
            <translation>Från professionell&amp;t nätverk</translation>
        </message>
        <message>
            <source>From the private net&amp;work</source>
            <translation>Fr&amp;ån privat nätverk</translation>
        </message>
        <message>
            <source>&amp;Family engagement</source>
            <translation>&amp;Familjeinsats</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Kväll</translation>
        </message>
        <message>
            <source>Answered within 24 hours</source>
            <translation>Besvarat inom 24 timmar</translation>
        </message>
        <message>
            <source>Ctrl+J: this engagement (the latest one)</source>
            <translation>Ctrl+J: den här insatsen (den senaste)</translation>
        </message>
        <message>
            <source>There is no family engagement to choose here (a team's contacts, meetings and time name one).</source>
            <translation>Här finns ingen familjeinsats att välja (den anges på ett teams kontakter, möten och tid).</translation>
        </message>
        <message>
            <source>{field} {date} is after today: log only what has already happened.</source>
            <translation>{field} {date} är efter i dag: logga bara det som redan har hänt.</translation>
        </message>
        <message>
            <source>Choose the form of the contact (e.g. phone call).</source>
            <translation>Välj kontaktens form (till exempel telefonsamtal).</translation>
        </message>
        <message>
            <source>A contact needs at least one person met: write how many adults or children.</source>
            <translation>En kontakt behöver minst en person som du träffat: skriv hur många vuxna eller barn.</translation>
        </message>
        <message>
            <source>Write no names</source>
            <translation>Skriv inga namn</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>As &amp;last time</source>
            <translation>Som f&amp;örra gången</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>Ty&amp;p</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>T&amp;id</translation>
        </message>
        <message>
            <source>&amp;Minutes</source>
            <translation>Min&amp;uter</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Worker</source>
            <translation>M&amp;edarbetare</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>En&amp;het</translation>
        </message>
        <message>
            <source>C&amp;hildren</source>
            <translation>&amp;Barn</translation>
        </message>
        <message>
            <source>&amp;Adults</source>
            <translation>Vu&amp;xna</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>Ante&amp;ckning</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>As last time</source>
            <translation>Som förra gången</translation>
        </message>
        <message>
            <source>No names, identity numbers, phone numbers or e-mail.</source>
            <translation>Inga namn, personnummer, telefonnummer eller e-postadresser.</translation>
        </message>
        <message>
            <source>Editing the entry of {date}</source>
            <translation>Ändrar posten från {date} (Esc avbryter)</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Spara ändringen</translation>
        </message>
        <message>
            <source>{field} must be a whole number, not “{text}”.</source>
            <translation>{field} måste vara ett heltal, inte ”{text}”.</translation>
        </message>
    </context>
    <context>
        <name>EntryModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
    </context>
    <context>
        <name>ErrorBoundary</name>
        <message>
            <source>Something unexpected went wrong: {0}. What was saved before is kept; the last step may not have been saved. Try again, and restart the app if it happens again.</source>
            <translation>Något oväntat gick fel: {0}. Det som sparats tidigare finns kvar; det sista steget kanske inte sparades. Försök igen, och starta om appen om det händer igen.</translation>
        </message>
        <message>
            <source>Områdesappen</source>
            <translation>Områdesappen</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export package for the unit head</source>
            <translation>Exportpaket till gruppchefen</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Från datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Till datum</translation>
        </message>
        <message>
            <source>Units (none ticked: all units)</source>
            <translation>Enheter (ingen markerad: alla enheter)</translation>
        </message>
        <message>
            <source>All workers</source>
            <translation>Alla medarbetare</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Fil att skriva</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Från</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Till</translation>
        </message>
        <message>
            <source>&amp;Units</source>
            <translation>&amp;Enheter</translation>
        </message>
        <message>
            <source>&amp;Worker</source>
            <translation>&amp;Medarbetare</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>F&amp;il</translation>
        </message>
        <message>
            <source>Notes are never exported; counts, codes and dates are.</source>
            <translation>Anteckningar exporteras aldrig; antal, koder och datum gör det.</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>Ex&amp;portera</translation>
        </message>
        <message>
            <source>Save export package</source>
            <translation>Spara exportpaket</translation>
        </message>
        <message>
            <source>Export packages (*.omrpkg)</source>
            <translation>Exportpaket (*.omrpkg)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Slutdatumet ligger före startdatumet.</translation>
        </message>
        <message>
            <source>Choose a file to write the package to.</source>
            <translation>Välj en fil att skriva paketet till.</translation>
        </message>
        <message>
            <source>The file name: %1</source>
            <translation>Filnamnet: %1</translation>
        </message>
        <message>
            <source>Writing the package...</source>
            <translation>Skriver paketet…</translation>
        </message>
        <message>
            <source>The package was written, but the audit log could not record it: %1</source>
            <translation>Paketet skrevs, men ändringsloggen kunde inte föra in det: %1</translation>
        </message>
        <message>
            <source>Wrote %1 entries and %2 deletions to %3.</source>
            <translation>Skrev %1 poster och %2 borttagningar till %3.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to Områdesappen</source>
            <translation>Välkommen till Områdesappen</translation>
        </message>
        <message>
            <source>Which unit do you log for, and what should your entries be marked with? Initials are enough. You can change both later under Administration.</source>
            <translation>Vilken enhet loggar du för, och vad ska dina poster märkas med? Initialer räcker. Båda går att ändra senare under Administration.</translation>
        </message>
        <message>
            <source>Choose a unit</source>
            <translation>Välj en enhet</translation>
        </message>
        <message>
            <source>e.g. AB</source>
            <translation>t.ex. AB</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Enhet</translation>
        </message>
        <message>
            <source>&amp;Initials</source>
            <translation>&amp;Initialer</translation>
        </message>
        <message>
            <source>Choose the unit you log for.</source>
            <translation>Välj enheten du loggar för.</translation>
        </message>
        <message>
            <source>Write your initials or a short name.</source>
            <translation>Skriv dina initialer eller ett kort namn.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help</source>
            <translation>Hjälp</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import export packages</source>
            <translation>Importera exportpaket</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>Filer att importera</translation>
        </message>
        <message>
            <source>&amp;Choose files...</source>
            <translation>&amp;Välj filer…</translation>
        </message>
        <message>
            <source>Where an entry was changed in two places, take the &amp;package's version</source>
            <translation>Där en post har ändrats på två ställen, ta &amp;paketets version</translation>
        </message>
        <message>
            <source>Choose one or more export packages.</source>
            <translation>Välj ett eller flera exportpaket.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Förlopp</translation>
        </message>
        <message>
            <source>Changes the import would make</source>
            <translation>Ändringar som importen skulle göra</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>Choose export packages</source>
            <translation>Välj exportpaket</translation>
        </message>
        <message>
            <source>Export packages (*.omrpkg);;CSV files (*.csv);;All files (*)</source>
            <translation>Exportpaket (*.omrpkg);;CSV-filer (*.csv);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Checking the files...</source>
            <translation>Kontrollerar filerna…</translation>
        </message>
        <message>
            <source>Added: %1, updated: %2, deleted: %3, unchanged: %4, in conflict: %5. Nothing has changed yet.</source>
            <translation>Läggs till: %1, uppdateras: %2, tas bort: %3, oförändrade: %4, i konflikt: %5. Ingenting har ändrats ännu.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ingenting importerades.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Läggs till</translation>
        </message>
        <message>
            <source>%1: %2 rows from a CSV file</source>
            <translation>%1: %2 rader från en CSV-fil</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Uppdateras</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Tas bort</translation>
        </message>
        <message>
            <source>package's version taken</source>
            <translation>paketets version tas</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>behålls</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>borttagen</translation>
        </message>
        <message>
            <source>Conflict: here</source>
            <translation>Konflikt: här</translation>
        </message>
        <message>
            <source>Conflict: package</source>
            <translation>Konflikt: paketet</translation>
        </message>
        <message>
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>typ</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>enhet</translation>
        </message>
        <message>
            <source>worker</source>
            <translation>medarbetare</translation>
        </message>
        <message>
            <source>time</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuter</translation>
        </message>
        <message>
            <source>adults</source>
            <translation>vuxna</translation>
        </message>
        <message>
            <source>children</source>
            <translation>barn</translation>
        </message>
        <message>
            <source>case type</source>
            <translation>ärendetyp</translation>
        </message>
        <message>
            <source>form</source>
            <translation>form</translation>
        </message>
        <message>
            <source>age group</source>
            <translation>åldersgrupp</translation>
        </message>
        <message>
            <source>topics</source>
            <translation>ämnen</translation>
        </message>
        <message>
            <source>meeting type</source>
            <translation>typ av möte</translation>
        </message>
        <message>
            <source>partners</source>
            <translation>samverkanspartner</translation>
        </message>
        <message>
            <source>referred to</source>
            <translation>hänvisad till</translation>
        </message>
        <message>
            <source>group type</source>
            <translation>typ av grupp</translation>
        </message>
        <message>
            <source>evening</source>
            <translation>kväll</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>Importing...</source>
            <translation>Importerar…</translation>
        </message>
        <message>
            <source>Imported: %1 added, %2 updated, %3 deleted, %4 in conflict.</source>
            <translation>Importerat: %1 tillagda, %2 uppdaterade, %3 borttagna, %4 i konflikt.</translation>
        </message>
    </context>
    <context>
        <name>LabelsPage</name>
        <message>
            <source>Client work</source>
            <translation>Klientarbete</translation>
        </message>
        <message>
            <source>Area work</source>
            <translation>Områdesarbete</translation>
        </message>
        <message>
            <source>Administration, training, development</source>
            <translation>Administration, utbildning, utveckling</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övrigt</translation>
        </message>
        <message>
            <source>Code &amp;list</source>
            <translation>K&amp;odlista</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Default label</source>
            <translation>Standardnamn</translation>
        </message>
        <message>
            <source>Label used</source>
            <translation>Namn som används</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>I bruk</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etiketter</translation>
        </message>
        <message>
            <source>Press F2 to rename a label. Codes never change; an empty label restores the default. Clear "In use" to retire a code: it leaves the forms and stays in history and reports.</source>
            <translation>Tryck F2 för att byta namn på en etikett. Koderna ändras aldrig; en tom etikett återställer standardnamnet. Avmarkera "I bruk" för att ta en kod ur bruk: den försvinner från formulären men finns kvar i historiken och rapporterna.</translation>
        </message>
        <message>
            <source>Add &amp;code</source>
            <translation>Lägg t&amp;ill kod</translation>
        </message>
        <message>
            <source>New code's &amp;name</source>
            <translation>Den nya kodens &amp;namn</translation>
        </message>
        <message>
            <source>Time &amp;split</source>
            <translation>&amp;Tidsfördelning</translation>
        </message>
        <message>
            <source>Kinds of entry</source>
            <translation>Typer av poster</translation>
        </message>
        <message>
            <source>Partners and referrals</source>
            <translation>Samverkanspartner och hänvisningar</translation>
        </message>
        <message>
            <source>Code added: {label}.</source>
            <translation>Kod tillagd: {label}.</translation>
        </message>
        <message>
            <source>Code retired: {label}.</source>
            <translation>Koden är tagen ur bruk: {label}.</translation>
        </message>
        <message>
            <source>Code in use: {label}.</source>
            <translation>Koden används igen: {label}.</translation>
        </message>
        <message>
            <source>Label saved: {label}.</source>
            <translation>Namnet sparat: {label}.</translation>
        </message>
    </context>
    <context>
        <name>LogPage</name>
        <message>
            <source>Saved: {what}, {date}.</source>
            <translation>Sparat: {what}, {date}.</translation>
        </message>
        <message>
            <source>Changed: {what}, {date}.</source>
            <translation>Ändrat: {what}, {date}.</translation>
        </message>
        <message>
            <source>Nothing of this kind has been logged yet.</source>
            <translation>Inget av den här typen har loggats ännu.</translation>
        </message>
        <message>
            <source>Template not saved</source>
            <translation>Mallen sparades inte</translation>
        </message>
        <message>
            <source>Template saved: {name}.</source>
            <translation>Mallen sparad: {name}.</translation>
        </message>
        <message>
            <source>There is no entry this week to edit.</source>
            <translation>Det finns ingen post den här veckan att ändra.</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Inte borttagen</translation>
        </message>
        <message>
            <source>Deleted: {what}, {date}. Undo with Ctrl+Z.</source>
            <translation>Borttaget: {what}, {date}. Ångra med Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Områdesappen</source>
            <translation>Områdesappen</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Logga</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Alla poster</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Granskningslogg</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>&amp;Logga</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importera…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Family engagements</source>
            <translation>Familjeinsatser</translation>
        </message>
        <message>
            <source>&amp;Export package…</source>
            <translation>&amp;Exportera paket…</translation>
        </message>
        <message>
            <source>&amp;Close or reopen a month…</source>
            <translation>Avsluta eller öppna en &amp;månad…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>H&amp;jälp</translation>
        </message>
        <message>
            <source>Package written: {path}</source>
            <translation>Paketet skrivet: {path}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>As &amp;last time</source>
            <translation>Som &amp;förra gången</translation>
        </message>
        <message>
            <source>This family en&amp;gagement</source>
            <translation>Den här familje&amp;insatsen</translation>
        </message>
        <message>
            <source>Log &amp;template occurrence</source>
            <translation>Logga tillfälle från &amp;mall</translation>
        </message>
        <message>
            <source>&amp;Save form as template…</source>
            <translation>&amp;Spara formuläret som mall…</translation>
        </message>
        <message>
            <source>&amp;Remove template…</source>
            <translation>Ta bort &amp;mall…</translation>
        </message>
        <message>
            <source>&amp;Edit the selected entry</source>
            <translation>&amp;Ändra den markerade posten</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gå till</translation>
        </message>
        <message>
            <source>This &amp;week's entries</source>
            <translation>&amp;Veckans poster</translation>
        </message>
        <message>
            <source>Logging as {worker} for {unit}.</source>
            <translation>Loggar som {worker} för {unit}.</translation>
        </message>
    </context>
    <context>
        <name>MonthDialog</name>
        <message>
            <source>Close or reopen a month</source>
            <translation>Avsluta eller öppna en månad</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>A&amp;ll units</source>
            <translation>A&amp;lla enheter</translation>
        </message>
        <message>
            <source>Why the month is reopened (no names)</source>
            <translation>Varför månaden öppnas igen (inga namn)</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>Skäl för att öppna igen</translation>
        </message>
        <message>
            <source>&amp;Close month</source>
            <translation>&amp;Avsluta månaden</translation>
        </message>
        <message>
            <source>&amp;Reopen month</source>
            <translation>&amp;Öppna månaden igen</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Skrivbord</translation>
        </message>
        <message>
            <source>Data up to and including</source>
            <translation>Data till och med</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Desks' data</source>
            <translation>Skrivbordens data</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Månad</translation>
        </message>
        <message>
            <source>&amp;Units</source>
            <translation>&amp;Enheter</translation>
        </message>
        <message>
            <source>&amp;Desks' data</source>
            <translation>Skrivbordens &amp;data</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>S&amp;käl</translation>
        </message>
        <message>
            <source>A closed month's entries cannot be added, changed or deleted.</source>
            <translation>I en avslutad månad kan poster inte läggas till, ändras eller tas bort.</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>avslutad</translation>
        </message>
        <message>
            <source>No desk has sent a package yet.</source>
            <translation>Inget skrivbord har skickat något exportpaket ännu.</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>ligger efter</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>klar</translation>
        </message>
        <message>
            <source>Tick at least one unit.</source>
            <translation>Markera minst en enhet.</translation>
        </message>
        <message>
            <source>The month was not closed.</source>
            <translation>Månaden avslutades inte.</translation>
        </message>
        <message>
            <source>{month} closed for {units}.</source>
            <translation>{month} avslutad för {units}.</translation>
        </message>
        <message>
            <source>{month} was already closed.</source>
            <translation>{month} var redan avslutad.</translation>
        </message>
        <message>
            <source>Close the month anyway?</source>
            <translation>Avsluta månaden ändå?</translation>
        </message>
        <message>
            <source>These desks' data end before {month} does:

{desks}

Import their packages first, or close the month anyway?</source>
            <translation>De här skrivbordens data slutar före slutet av {month}:

{desks}

Importera deras paket först, eller avsluta månaden ändå?</translation>
        </message>
        <message>
            <source>{month} reopened for {units}.</source>
            <translation>{month} öppnad igen för {units}.</translation>
        </message>
        <message>
            <source>{month} was not closed.</source>
            <translation>{month} var inte avslutad.</translation>
        </message>
        <message>
            <source>Give a reason for reopening the month.</source>
            <translation>Ange varför månaden öppnas igen.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Change</source>
            <translation>Ändring</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
    </context>
    <context>
        <name>RecentView</name>
        <message>
            <source>This week's entries</source>
            <translation>Veckans poster</translation>
        </message>
        <message>
            <source>F2 or Enter: edit · Delete: delete · right-click: both</source>
            <translation>F2 eller Retur: ändra · Delete: ta bort · högerklick: båda</translation>
        </message>
        <message>
            <source>&amp;Edit (F2)</source>
            <translation>&amp;Ändra (F2)</translation>
        </message>
        <message>
            <source>De&amp;lete (Del)</source>
            <translation>Ta b&amp;ort (Del)</translation>
        </message>
        <message>
            <source>Today: {today} · week {week}: {n}</source>
            <translation>I dag: {today} · vecka {week}: {n}</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Månad</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <source>Report for</source>
            <translation>Rapport för</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Mo&amp;nth</source>
            <translation>Må&amp;nad</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Från</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Till</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>&amp;Units</source>
            <translation>&amp;Enheter</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Wor&amp;ker</source>
            <translation>Medar&amp;betare</translation>
        </message>
        <message>
            <source>&amp;Create report</source>
            <translation>&amp;Skapa rapport</translation>
        </message>
        <message>
            <source>Create the report (Ctrl+R)</source>
            <translation>Skapa rapporten (Ctrl+R)</translation>
        </message>
        <message>
            <source>Mo&amp;nth close…</source>
            <translation>Månadsa&amp;vslut…</translation>
        </message>
        <message>
            <source>Close or reopen a month (Ctrl+M)</source>
            <translation>Avsluta eller öppna en månad igen (Ctrl+M)</translation>
        </message>
        <message>
            <source>Comment's un&amp;it</source>
            <translation>Kommentarens en&amp;het</translation>
        </message>
        <message>
            <source>Write no names</source>
            <translation>Skriv inga namn</translation>
        </message>
        <message>
            <source>Comment for the mont&amp;h</source>
            <translation>&amp;Kommentar</translation>
        </message>
        <message>
            <source>Save c&amp;omment</source>
            <translation>Spara k&amp;ommentar</translation>
        </message>
        <message>
            <source>On {0}; printed under the unit's figures.</source>
            <translation>Gäller {0}; skrivs ut under enhetens siffror.</translation>
        </message>
        <message>
            <source>The comment was not saved: {0}</source>
            <translation>Kommentaren sparades inte: {0}</translation>
        </message>
        <message>
            <source>Comment saved for {0}, {1}.</source>
            <translation>Kommentaren är sparad för {0}, {1}.</translation>
        </message>
        <message>
            <source>Choose a month or a period and create the report.</source>
            <translation>Välj en månad eller en period och skapa rapporten.</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Förhandsvisning av rapporten</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Spara som P&amp;DF…</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Spara som &amp;CSV…</translation>
        </message>
        <message>
            <source>Save as &amp;XLSX…</source>
            <translation>Spara som &amp;XLSX…</translation>
        </message>
        <message>
            <source>All workers</source>
            <translation>Alla medarbetare</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Perioden slutar innan den börjar. Ändra Från eller Till.</translation>
        </message>
        <message>
            <source>Choose at least one unit.</source>
            <translation>Välj minst en enhet.</translation>
        </message>
        <message>
            <source>The report could not be made: {0}</source>
            <translation>Rapporten kunde inte skapas: {0}</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ingenting ändrades.</translation>
        </message>
        <message>
            <source>Creating the report…</source>
            <translation>Skapar rapporten…</translation>
        </message>
        <message>
            <source>{0} {1}. Pages: {2}</source>
            <translation>{0} {1}. Sidor: {2}</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Excel files (*.xlsx)</source>
            <translation>Excel-filer (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Spara rapporten</translation>
        </message>
        <message>
            <source>Saved: {0}</source>
            <translation>Sparad: {0}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Skickad till skrivaren.</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Skriver ut…</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>The database is damaged</source>
            <translation>Databasen är skadad</translation>
        </message>
        <message>
            <source>The database %1 failed its integrity check. Restore it from a backup? Entries made after the backup will be missing; the damaged file is kept beside it.</source>
            <translation>Databasen %1 klarade inte kontrollen. Vill du återställa den från en säkerhetskopia? Poster som gjorts efter säkerhetskopian kommer att saknas; den skadade filen sparas bredvid.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Återställ</translation>
        </message>
    </context>
    <context>
        <name>SearchableCheckList</name>
        <message>
            <source>Type to narrow the list</source>
            <translation>Skriv för att begränsa listan</translation>
        </message>
    </context>
    <context>
        <name>TargetsPage</name>
        <message>
            <source>Spontaneous visits</source>
            <translation>Spontana besök</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Besökare</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Persons met individually</source>
            <translation>Personer mötta enskilt</translation>
        </message>
        <message>
            <source>Group sessions</source>
            <translation>Gruppträffar</translation>
        </message>
        <message>
            <source>Group participants</source>
            <translation>Gruppdeltagare</translation>
        </message>
        <message>
            <source>Evening groups</source>
            <translation>Kvällsgrupper</translation>
        </message>
        <message>
            <source>Collaboration meetings</source>
            <translation>Samverkansmöten</translation>
        </message>
        <message>
            <source>Another figure</source>
            <translation>Annat mått</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>From &amp;year</source>
            <translation>&amp;Från år</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>Mål&amp;värde</translation>
        </message>
        <message>
            <source>&amp;Counted</source>
            <translation>&amp;Beräknas</translation>
        </message>
        <message>
            <source>{value} per FTE</source>
            <translation>{value} per årsarbetare</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Mått</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>Från år</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>per år</translation>
        </message>
        <message>
            <source>per FTE and year</source>
            <translation>per årsarbetare och år</translation>
        </message>
        <message>
            <source>&amp;Save target</source>
            <translation>&amp;Spara mål</translation>
        </message>
        <message>
            <source>&amp;Remove target</source>
            <translation>Ta b&amp;ort mål</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>E&amp;nhet</translation>
        </message>
        <message>
            <source>&amp;Figure</source>
            <translation>Må&amp;tt</translation>
        </message>
        <message>
            <source>Targets saved.</source>
            <translation>Målen sparade.</translation>
        </message>
    </context>
    <context>
        <name>TemplateBar</name>
        <message>
            <source>Te&amp;mplate</source>
            <translation>&amp;Mall</translation>
        </message>
        <message>
            <source>Remove template</source>
            <translation>Ta bort mallen</translation>
        </message>
        <message>
            <source>Ctrl+T logs the chosen template</source>
            <translation>Ctrl+T loggar den valda mallen</translation>
        </message>
        <message>
            <source>{name} ({kind}, today)</source>
            <translation>{name} ({kind}, i dag)</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name} ({kind})</translation>
        </message>
        <message>
            <source>Remove the template {name}? Entries logged with it stay.</source>
            <translation>Ta bort mallen {name}? Poster som loggats med den finns kvar.</translation>
        </message>
        <message>
            <source>Template removed: {name}.</source>
            <translation>Mallen borttagen: {name}.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>Save as template</source>
            <translation>Spara som mall</translation>
        </message>
        <message>
            <source>e.g. the collaboration group</source>
            <translation>t.ex. samverkansgruppen</translation>
        </message>
        <message>
            <source>Not on a schedule</source>
            <translation>Inte på schema</translation>
        </message>
        <message>
            <source>Every {weekday}</source>
            <translation>Varje {weekday}</translation>
        </message>
        <message>
            <source>Every other {weekday}</source>
            <translation>Varannan {weekday}</translation>
        </message>
        <message>
            <source>Every fourth {weekday}</source>
            <translation>Var fjärde {weekday}</translation>
        </message>
        <message>
            <source>The first {weekday} of the month</source>
            <translation>Första {weekday}en i månaden</translation>
        </message>
        <message>
            <source>The second {weekday} of the month</source>
            <translation>Andra {weekday}en i månaden</translation>
        </message>
        <message>
            <source>The third {weekday} of the month</source>
            <translation>Tredje {weekday}en i månaden</translation>
        </message>
        <message>
            <source>The fourth {weekday} of the month</source>
            <translation>Fjärde {weekday}en i månaden</translation>
        </message>
        <message>
            <source>The last {weekday} of the month</source>
            <translation>Sista {weekday}en i månaden</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>&amp;Recurs</source>
            <translation>&amp;Återkommer</translation>
        </message>
    </context>
    <context>
        <name>UnitsPage</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Ages</source>
            <translation>Åldrar</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>Årsarbetare</translation>
        </message>
        <message>
            <source>Active from</source>
            <translation>Aktiv från</translation>
        </message>
        <message>
            <source>Active to</source>
            <translation>Aktiv till</translation>
        </message>
        <message>
            <source>FTE per year</source>
            <translation>Årsarbetare per år</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>&amp;New unit</source>
            <translation>N&amp;y enhet</translation>
        </message>
        <message>
            <source>&amp;Save unit</source>
            <translation>&amp;Spara enhet</translation>
        </message>
        <message>
            <source>Set FTE for the &amp;year</source>
            <translation>Spara årsarbetare f&amp;ör året</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Typ</translation>
        </message>
        <message>
            <source>Target &amp;ages</source>
            <translation>Målgr&amp;upp (ålder)</translation>
        </message>
        <message>
            <source>&amp;FTE (default)</source>
            <translation>Årsar&amp;betare (standard)</translation>
        </message>
        <message>
            <source>Acti&amp;ve</source>
            <translation>Akti&amp;v</translation>
        </message>
        <message>
            <source>FTE in a &amp;year</source>
            <translation>Årsarbetare ett v&amp;isst år</translation>
        </message>
        <message>
            <source>Target ages to</source>
            <translation>Målgrupp ålder till</translation>
        </message>
        <message>
            <source>FTE in the year</source>
            <translation>Årsarbetare det året</translation>
        </message>
        <message>
            <source>“{text}” is not a date (YYYY-MM-DD).</source>
            <translation>”{text}” är inget datum (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <source>Unit saved: {name}.</source>
            <translation>Enheten sparad: {name}.</translation>
        </message>
        <message>
            <source>Choose a unit in the list first.</source>
            <translation>Välj först en enhet i listan.</translation>
        </message>
        <message>
            <source>FTE saved for {year}.</source>
            <translation>Årsarbetare sparade för {year}.</translation>
        </message>
    </context>
    <context>
        <name>WorkersPage</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Home unit</source>
            <translation>Hemenhet</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>A&amp;ctive</source>
            <translation>Akti&amp;v</translation>
        </message>
        <message>
            <source>&amp;New worker</source>
            <translation>N&amp;y medarbetare</translation>
        </message>
        <message>
            <source>&amp;Save worker</source>
            <translation>&amp;Spara medarbetare</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>&amp;Home unit</source>
            <translation>&amp;Hemenhet</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>Worker saved: {name}.</source>
            <translation>Medarbetaren sparad: {name}.</translation>
        </message>
    </context>
</TS>