"""The help document, in Swedish like the app: how each job is done at the desk.

It is a document rather than a set of interface strings, so it is kept whole here
instead of sentence by sentence in the translation file. The shortcut list is not
in it: the help dialog reads that from the window's actions.
"""

from __future__ import annotations

JOBS_SV = """
<h1>Hjälp för Områdesappen</h1>
<p>Allt går att göra med tangentbordet. Varje fält och knapp har en egen Alt-bokstav
(den understrukna bokstaven i dess namn). Kortkommandona står sist på sidan.</p>

<h2>Logga ett spontant besök</h2>
<p>Tryck <b>Ctrl+1</b> och sedan <b>Retur</b>: besöket sparas med i dag, klockan nu, din enhet,
dig och 1 vuxen. Skriv om antalet vuxna och barn, vad det gällde (ämnen) och vart personen
hänvisades innan du trycker Retur, om det behövs.</p>

<h2>Logga en kontakt</h2>
<p><b>Ctrl+2</b>. Välj ärendetyp (rådgivning, service eller bistånd) och form (till exempel
enskilt samtal eller telefon), och skriv hur många vuxna och barn du träffade. En kontakt
behöver minst en person och en form. Retur sparar.</p>

<h2>Logga en gruppverksamhet</h2>
<p><b>Ctrl+3</b>. Välj typ av grupp, skriv antalet deltagare och kryssa i Kväll om gruppen
träffades på kvällen.</p>

<h2>Logga ett samverkansmöte</h2>
<p><b>Ctrl+4</b>. Välj typ av möte och kryssa i vilka samverkanspartner som var med.</p>

<h2>Logga annan tid</h2>
<p><b>Ctrl+5</b>. Välj kategori (till exempel administration, APT eller utbildning) och
skriv minuterna.</p>

<h2>Datum, tid och minuter</h2>
<p>Datumet skrivs ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD och tas precis som det skrivs. När du kommer
till datumfältet är hela datumet markerat, så det du skriver ersätter det.
<b>Alt+Nedåtpil</b> i fältet öppnar en kalender. Ett datum efter i dag går inte att spara:
man loggar det som redan har hänt. Varje typ har en förvald tid i minuter som syns i
formuläret; skriv över den om det tog längre eller kortare tid.</p>

<h2>Som förra gången</h2>
<p><b>Ctrl+L</b> fyller formuläret med det du senast loggade av samma typ, med dagens datum.
Ändra det som skiljer och tryck Retur.</p>

<h2>Mallar för återkommande grupper och möten</h2>
<p>Fyll i formuläret en gång och välj <b>Spara formuläret som mall</b> (Ctrl+Skift+T).
Nästa gång väljer du mallen och loggar ett tillfälle med <b>Ctrl+T</b>. Mallar som återkommer
varje eller varannan vecka visas först de dagar de ska hållas.</p>

<h2>Ändra, ta bort och ångra</h2>
<p>Veckans poster står bredvid formuläret; <b>Ctrl+W</b> flyttar markören dit och Tab tar
dig vidare. Välj en post och tryck <b>F2</b> (eller Retur) för att ändra den i formuläret,
<b>Delete</b> för att ta bort den, eller högerklicka på posten. F2 i formuläret ändrar
den markerade posten i listan, eller den senaste. <b>Esc</b> tömmer formuläret och
avbryter en ändring. <b>Ctrl+Z</b> ångrar det senaste du sparade, ändrade eller tog bort,
och <b>Ctrl+Skift+Z</b> gör om det.</p>

<h2>Familjeinsatser (teamet)</h2>
<p>På sidan Familjeinsatser (<b>Alt+6</b>) för teamets enheter en familjs insats i samordnat
stöd eller nätverksarbete. <b>Ny insats</b> öppnar en insats: välj uppdrag, grund, vem som
tog kontakt och de övriga värdena, och tryck Retur. Appen gör koden (till exempel
SS-2026-007) och visar den stort: skriv koden i journalen, för här finns inga namn.
<b>Ändra</b> rättar värdena och <b>Avsluta insatsen</b> sätter slutdatum, orsak och
värdena vid avslut. En insats som har kopplade poster kan inte tas bort.
På teamets kontakter, möten och annan tid väljer du insatsen i fältet Familjeinsats;
<b>Ctrl+J</b> väljer den insats du senast öppnade eller loggade för. Timmarna per familj
räknas från de kopplade posternas minuter.</p>

<h2>Alla poster</h2>
<p>Sidan Alla poster (<b>Alt+2</b>) visar alla poster. Sök och filtrera på datum, enhet,
medarbetare, typ, kod eller text i anteckningen. Listan är snabb även med hundratusentals
poster. F2 ändrar och Delete tar bort den markerade posten.</p>

<h2>Rapporter</h2>
<p>På sidan Rapporter (<b>Alt+3</b>) väljer du en månad (månadssammanställning) eller en
period (uppföljningsrapport) och en eller flera enheter eller en medarbetare. Rapporten visas
innan den skrivs ut och kan sparas som PDF, CSV, XLSX eller JSON.</p>

<h2>Exportpaket och import</h2>
<p>Varje medarbetares dator har sin egen databas. <b>Ctrl+E</b> skriver ett exportpaket
för en period till en fil som du lämnar till gruppchefen. Anteckningar följer aldrig med.
Gruppchefen läser in paketen med <b>Ctrl+I</b>. Samma paket två gånger ändrar ingenting, och
en post som ändrats efter en tidigare import uppdateras och visas i listan över ändringar.
CSV-filer från gamla räknelistor läses in på samma sätt.</p>

<h2>Stänga en månad</h2>
<p><b>Ctrl+M</b> stänger eller öppnar en månad för valda enheter. Poster i en stängd månad
kan bara ändras efter att månaden öppnats igen, och det skrivs i loggboken. Innan du stänger
ser du vilka datorer vars data inte räcker till månadens sista dag.</p>

<h2>Säkerhetskopior och återställning</h2>
<p>Appen gör en säkerhetskopia av databasen varje dag och behåller de senaste.
Om databasen inte går att öppna, eller om kontrollen vid start hittar ett fel, erbjuder
appen att återställa från en säkerhetskopia. Från kommandoraden görs det med
<code>omradesapp restore</code>.</p>

<h2>Inga personuppgifter</h2>
<p>Appen sparar inga namn, personnummer, adresser eller telefonnummer. En anteckning
som innehåller ett personnummer, ett telefonnummer eller en e-postadress sparas inte.
Anteckningar rensas automatiskt efter en tid (gallring).</p>
"""

FIELD_KEYS_SV = """
<h3>I formuläret och listorna</h3>
<table cellspacing="0" cellpadding="3">
<tr><td>Retur</td><td>Spara formuläret; i en lista: ändra den markerade posten</td></tr>
<tr><td>Esc</td><td>Töm formuläret; under en ändring: avbryt den</td></tr>
<tr><td>Alt + understruken bokstav</td><td>Gå till fältet eller tryck på knappen</td></tr>
<tr><td>Tab, Skift+Tab</td><td>Nästa och föregående fält; en lista är ett enda steg</td></tr>
<tr><td>Alt+Nedåtpil</td><td>Öppna kalendern i ett datumfält</td></tr>
<tr><td>F2</td><td>I en lista: ändra den markerade posten</td></tr>
<tr><td>Delete</td><td>I en lista: ta bort den markerade posten</td></tr>
</table>
"""
