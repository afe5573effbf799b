<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your portrait for the campaign: it takes two minutes.</source>
        <translation>Ihr Porträt für die Kampagne: Es dauert nur zwei Minuten.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Zum Starten hier berühren</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Kit artwork</source>
        <translation>Kit-Grafiken</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Stadt:</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtags:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>Countdown ab:</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>Der Tag selbst:</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Nachbereitung bis:</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Create a project with File › New project, or open one with File › Open project.</source>
        <translation>Erstellen Sie ein Projekt mit Datei › Neues Projekt oder öffnen Sie eines mit Datei › Projekt öffnen.</translation>
    </message>
    <message>
        <source>messages up to %1 characters; clips up to %2 s</source>
        <translation>Nachrichten bis %1 Zeichen; Clips bis %2 s</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>Kit-Vorschau wird erstellt</translation>
    </message>
    <message>
        <source>Preview of a square post</source>
        <translation>Vorschau eines quadratischen Beitrags</translation>
    </message>
    <message>
        <source>Preview of a story</source>
        <translation>Vorschau einer Story</translation>
    </message>
    <message>
        <source>Preview of a profile picture</source>
        <translation>Vorschau eines Profilbilds</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Event capture</source>
        <translation>Aufnahme vor Ort</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Kamera stoppen</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Kamera starten</translation>
    </message>
    <message>
        <source>&amp;Take the portrait</source>
        <translation>Porträt &amp;aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Take it again</source>
        <translation>&amp;Erneut aufnehmen</translation>
    </message>
    <message>
        <source>Take the portrait (Ctrl+T)</source>
        <translation>Porträt aufnehmen (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pick photos from a camera card…</source>
        <translation>Fotos von der Speicher&amp;karte wählen…</translation>
    </message>
    <message>
        <source>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</source>
        <translation>Nehmen Sie das Porträt der Person auf oder wählen Sie ihre Fotos, und füllen Sie dann die Einwilligung gemeinsam mit ihr aus. Nichts wird gespeichert, bevor Sie auf „Behalten“ klicken.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>Ich bin…</translation>
    </message>
    <message>
        <source>The resident&apos;s message (optional)</source>
        <translation>Nachricht der Person (optional)</translation>
    </message>
    <message>
        <source>The resident&apos;s message</source>
        <translation>Nachricht der Person</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget this resident&apos;s picture and form</source>
        <translation>Foto und Formular dieser Person verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the picture with its consent (Ctrl+Enter)</source>
        <translation>Foto mit der Einwilligung behalten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1</source>
        <translation>Die Kamera kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The camera is not answering: check its cable. It will be used again as soon as it is back.</source>
        <translation>Die Kamera antwortet nicht: Prüfen Sie das Kabel. Sie wird wieder verwendet, sobald sie zurück ist.</translation>
    </message>
    <message>
        <source>The resident&apos;s photos</source>
        <translation>Fotos der Person</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) picked:</source>
        <translation>
            <numerusform>%n Foto gewählt:</numerusform>
            <numerusform>%n Fotos gewählt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the camera, or pick photos from a camera card.</source>
        <translation>Starten Sie die Kamera oder wählen Sie Fotos von einer Speicherkarte.</translation>
    </message>
    <message>
        <source>Take the portrait or pick the photos first.</source>
        <translation>Nehmen Sie zuerst das Porträt auf oder wählen Sie die Fotos.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>Die Nachricht ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Keeping the portrait</source>
        <translation>Porträt wird gespeichert</translation>
    </message>
    <message>
        <source>Keeping the photos</source>
        <translation>Fotos werden gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n contribution(s), pending review.</source>
        <translation>
            <numerusform>Gespeichert: %n Beitrag, wartet auf Prüfung.</numerusform>
            <numerusform>Gespeichert: %n Beiträge, warten auf Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ClipsPage</name>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>◀ Frame</source>
        <translation>◀ Bild</translation>
    </message>
    <message>
        <source>One frame back (← or ,)</source>
        <translation>Ein Bild zurück (← oder ,)</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Bild ▶</translation>
    </message>
    <message>
        <source>One frame forward (→ or .)</source>
        <translation>Ein Bild vor (→ oder .)</translation>
    </message>
    <message>
        <source>Set &amp;in</source>
        <translation>&amp;Anfang setzen</translation>
    </message>
    <message>
        <source>The part starts here (I); Shift+I goes to the in-point</source>
        <translation>Der Ausschnitt beginnt hier (I); Shift+I springt zum Anfangspunkt</translation>
    </message>
    <message>
        <source>Set &amp;out</source>
        <translation>&amp;Ende setzen</translation>
    </message>
    <message>
        <source>The part ends here (O); Shift+O goes to the out-point</source>
        <translation>Der Ausschnitt endet hier (O); Shift+O springt zum Endpunkt</translation>
    </message>
    <message>
        <source>Use the whole clip</source>
        <translation>Ganzen Clip verwenden</translation>
    </message>
    <message>
        <source>Preview normalised</source>
        <translation>Normalisierte Vorschau</translation>
    </message>
    <message>
        <source>Play the part as it will be delivered: format, crop or padding, loudness, caption</source>
        <translation>Den Ausschnitt so abspielen, wie er ausgeliefert wird: Format, Zuschnitt oder Auffüllung, Lautheit, Untertitel</translation>
    </message>
    <message>
        <source>Back to the clip</source>
        <translation>Zurück zum Clip</translation>
    </message>
    <message>
        <source>Campaign frame</source>
        <translation>Kampagnenrahmen</translation>
    </message>
    <message>
        <source>Crop or pad (automatic)</source>
        <translation>Zuschneiden oder auffüllen (automatisch)</translation>
    </message>
    <message>
        <source>Crop around faces</source>
        <translation>Um Gesichter zuschneiden</translation>
    </message>
    <message>
        <source>Pad with a blurred copy</source>
        <translation>Mit unscharfer Kopie auffüllen</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <source>How the picture fills the format</source>
        <translation>Wie das Bild das Format ausfüllt</translation>
    </message>
    <message>
        <source>Clip player</source>
        <translation>Clip-Player</translation>
    </message>
    <message>
        <source>Timeline with the in and out points</source>
        <translation>Zeitleiste mit Anfangs- und Endpunkt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (Space or K); L plays faster, J jumps back a second</source>
        <translation>Abspielen oder pausieren (Space oder K); L spielt schneller, J springt eine Sekunde zurück</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>This project has no clips yet: import them on the Contributions page.</source>
        <translation>Dieses Projekt hat noch keine Clips: Importieren Sie sie auf der Seite „Beiträge“.</translation>
    </message>
    <message>
        <source>Preparing the clip for playback…</source>
        <translation>Clip wird für die Wiedergabe vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Clip wird vorbereitet</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</source>
        <translation>Der Ausschnitt wäre %1 s lang und damit über dem Maximum dieser Kampagne von %2 s pro Clip. Verschieben Sie den Anfangs- oder Endpunkt.</translation>
    </message>
    <message>
        <source>These in and out points do not fit the clip: %1</source>
        <translation>Diese Anfangs- und Endpunkte passen nicht zum Clip: %1</translation>
    </message>
    <message>
        <source>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</source>
        <translation>Verwendeter Ausschnitt: %1 s bis %2 s (%3 s); diese Kampagne erlaubt %4 s pro Clip.</translation>
    </message>
    <message>
        <source>The clip is longer: set in and out points.</source>
        <translation>Der Clip ist länger: Setzen Sie Anfangs- und Endpunkt.</translation>
    </message>
    <message>
        <source>Preview of the normalised clip</source>
        <translation>Vorschau des normalisierten Clips</translation>
    </message>
    <message>
        <source>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</source>
        <translation>Der Ausschnitt ist %1 s lang und damit über dem Maximum dieser Kampagne von %2 s pro Clip: Setzen Sie zuerst Anfangs- und Endpunkt.</translation>
    </message>
    <message>
        <source>Showing the normalised preview (%1).</source>
        <translation>Normalisierte Vorschau wird angezeigt (%1).</translation>
    </message>
</context>
<context>
    <name>CollagePage</name>
    <message>
        <source>Collage poster</source>
        <translation>Collage-Plakat</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Arrangement (seed):</source>
        <translation>Anordnung (Seed):</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Namenszeile</translation>
    </message>
    <message>
        <source>A line of first names under the photos: adults whose consent covers print.</source>
        <translation>Eine Zeile mit Vornamen unter den Fotos: Erwachsene, deren Einwilligung den Druck abdeckt.</translation>
    </message>
    <message>
        <source>Render poster</source>
        <translation>Plakat erstellen</translation>
    </message>
    <message>
        <source>Justified rows</source>
        <translation>Ausgerichtete Zeilen</translation>
    </message>
    <message>
        <source>Justified columns</source>
        <translation>Ausgerichtete Spalten</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>Gleichmäßiges Raster</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Preview of the collage poster</source>
        <translation>Vorschau des Collage-Plakats</translation>
    </message>
    <message>
        <source>Open a project to make its collage poster.</source>
        <translation>Öffnen Sie ein Projekt, um sein Collage-Plakat zu erstellen.</translation>
    </message>
    <message>
        <source>Drawing the collage preview</source>
        <translation>Collage-Vorschau wird erstellt</translation>
    </message>
    <message>
        <source>Too small to print: %1</source>
        <translation>Zu klein für den Druck: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose consent covers print; smallest tile %1 mm.</source>
        <translation>
            <numerusform>%n Foto mit Einwilligung für den Druck; kleinste Kachel %1 mm.</numerusform>
            <numerusform>%n Fotos mit Einwilligung für den Druck; kleinste Kachel %1 mm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the collage poster</source>
        <translation>Collage-Plakat wird erstellt</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Abgebrochen; nichts halb Geschriebenes wurde behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei in %1 geschrieben</numerusform>
            <numerusform>%n Dateien in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</source>
        <translation>Mit %1 Fotos würden die Kacheln mit %2 mm gedruckt, unter dem Minimum des Kits von %3 mm. Verwenden Sie %4 Seiten oder ein größeres Papier.</translation>
    </message>
</context>
<context>
    <name>ConsentCsv</name>
    <message>
        <source>Consents of a batch (CSV)</source>
        <translation>Einwilligungen eines Stapels (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was applied.</source>
        <translation>
            <numerusform>%n Problem in %1 gefunden; nichts wurde übernommen.</numerusform>
            <numerusform>%n Probleme in %1 gefunden; nichts wurde übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents not applied</source>
        <translation>Einwilligungen nicht übernommen</translation>
    </message>
    <message numerus="yes">
        <source>Give %n contribution(s) their consent from %1?</source>
        <translation>
            <numerusform>%n Beitrag die Einwilligung aus %1 zuweisen?</numerusform>
            <numerusform>%n Beiträgen ihre Einwilligung aus %1 zuweisen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply consents</source>
        <translation>Einwilligungen übernehmen</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Social media and the campaign website</source>
        <translation>Soziale Medien und die Kampagnen-Website</translation>
    </message>
    <message>
        <source>Printed posters, postcards and the calendar</source>
        <translation>Gedruckte Plakate, Postkarten und der Kalender</translation>
    </message>
    <message>
        <source>The city&apos;s campaign video</source>
        <translation>Das Kampagnenvideo der Stadt</translation>
    </message>
    <message>
        <source>Sharing with the Intercultural Cities network and partner cities</source>
        <translation>Weitergabe an das Netzwerk Interkulturelle Städte und an Partnerstädte</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Einwilligung auf Papier erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Consent for %n contribution(s), as the resident signed it on paper.</source>
        <translation>
            <numerusform>Einwilligung für %n Beitrag, wie von der Person auf Papier unterschrieben.</numerusform>
            <numerusform>Einwilligung für %n Beiträge, wie von der Person auf Papier unterschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>First name or pseudonym</source>
        <translation>Vorname oder Pseudonym</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>Sprache des Einwilligungstextes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>Consent text:</source>
        <translation>Einwilligungstext:</translation>
    </message>
    <message>
        <source>Purposes the resident agrees to</source>
        <translation>Zwecke, denen die Person zustimmt</translation>
    </message>
    <message>
        <source>The resident is a &amp;minor</source>
        <translation>Die Person ist &amp;minderjährig</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who consents</source>
        <translation>Name des Elternteils oder Vormunds, der einwilligt</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Name des Vormunds</translation>
    </message>
    <message>
        <source>Optional: a scan or photo of the signed form</source>
        <translation>Optional: ein Scan oder Foto des unterschriebenen Formulars</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scan des unterschriebenen Formulars</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</translation>
    </message>
    <message>
        <source>Tick at least one purpose, as the resident chose.</source>
        <translation>Kreuzen Sie mindestens einen Zweck an, so wie die Person gewählt hat.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s first name or a pseudonym.</source>
        <translation>Geben Sie den Vornamen oder ein Pseudonym der Person ein.</translation>
    </message>
    <message>
        <source>Choose the language of the consent text.</source>
        <translation>Wählen Sie die Sprache des Einwilligungstextes.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent must be given by a parent or guardian: enter their name.</source>
        <translation>Die Einwilligung einer minderjährigen Person muss von einem Elternteil oder Vormund erteilt werden: Geben Sie dessen Namen ein.</translation>
    </message>
    <message>
        <source>The scan cannot be used: %1</source>
        <translation>Der Scan kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your consent</source>
        <translation>Ihre Einwilligung</translation>
    </message>
    <message>
        <source>What may the city do with your photo and your message?</source>
        <translation>Wofür darf die Stadt Ihr Foto und Ihre Nachricht verwenden?</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Kreuzen Sie mindestens eines an.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>Wie alt sind Sie?</translation>
    </message>
    <message>
        <source>%1 or older</source>
        <translation>%1 Jahre oder älter</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Unter %1 Jahren</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Ich stimme zu</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>not approved</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>consent does not cover social media</source>
        <translation>Einwilligung gilt nicht für soziale Medien</translation>
    </message>
    <message>
        <source>Student contest</source>
        <translation>Schulwettbewerb</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>The entries of one category and their ranking</source>
        <translation>Die Einsendungen einer Kategorie und ihre Rangfolge</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Add entries…</source>
        <translation>Einsendungen hinzufügen…</translation>
    </message>
    <message>
        <source>Enter approved photos and clips in the contest</source>
        <translation>Freigegebene Fotos und Clips zum Wettbewerb anmelden</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Einsendung entfernen</translation>
    </message>
    <message>
        <source>Take the selected entry out of the contest, with its scores (the contribution stays)</source>
        <translation>Ausgewählte Einsendung samt Bewertungen aus dem Wettbewerb nehmen (der Beitrag bleibt erhalten)</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>Jurymitglied:</translation>
    </message>
    <message>
        <source>The juror to rename or remove</source>
        <translation>Das Jurymitglied, das umbenannt oder entfernt werden soll</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurymitglied</translation>
    </message>
    <message>
        <source>Add juror…</source>
        <translation>Jurymitglied hinzufügen…</translation>
    </message>
    <message>
        <source>Add a juror: a new score column</source>
        <translation>Jurymitglied hinzufügen: eine neue Bewertungsspalte</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the chosen juror</source>
        <translation>Gewähltes Jurymitglied umbenennen</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Jurymitglied entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen juror and every score they gave</source>
        <translation>Gewähltes Jurymitglied und alle seine Bewertungen entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Scores of the entries</source>
        <translation>Bewertungen der Einsendungen</translation>
    </message>
    <message>
        <source>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</source>
        <translation>Geben Sie in der Spalte eines Jurymitglieds eine Bewertung ein (0 bis 10, halbe Punkte erlaubt) und drücken Sie Enter</translation>
    </message>
    <message>
        <source>Ranking summary</source>
        <translation>Zusammenfassung der Rangliste</translation>
    </message>
    <message>
        <source>Winner&apos;s card</source>
        <translation>Gewinnerkarte</translation>
    </message>
    <message>
        <source>Allow a provisional winner</source>
        <translation>Vorläufiges Ergebnis zulassen</translation>
    </message>
    <message>
        <source>Render the card before every juror has scored every entry</source>
        <translation>Karte erstellen, bevor alle Jurymitglieder jede Einsendung bewertet haben</translation>
    </message>
    <message>
        <source>Render winner card</source>
        <translation>Gewinnerkarte erstellen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the winner&apos;s cards</source>
        <translation>Ordner der Gewinnerkarten öffnen</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>Angezeigte Karte</translation>
    </message>
    <message>
        <source>Which of the rendered cards is shown</source>
        <translation>Welche der erstellten Karten angezeigt wird</translation>
    </message>
    <message>
        <source>Preview of the winner&apos;s card</source>
        <translation>Vorschau der Gewinnerkarte</translation>
    </message>
    <message>
        <source>Open a project to run its student contest.</source>
        <translation>Öffnen Sie ein Projekt, um seinen Schulwettbewerb durchzuführen.</translation>
    </message>
    <message>
        <source>No entries in this category yet: add approved contributions as entries.</source>
        <translation>Noch keine Einsendungen in dieser Kategorie: Fügen Sie freigegebene Beiträge als Einsendungen hinzu.</translation>
    </message>
    <message>
        <source>Add the jurors: each one gets a score column.</source>
        <translation>Fügen Sie die Jurymitglieder hinzu: Jedes erhält eine Bewertungsspalte.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>Ranking final. Winner: entry %1 (%2), mean %3.</source>
        <translation>Rangliste endgültig. Gewonnen hat Einsendung %1 (%2), Durchschnitt %3.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n score(s) still missing.</source>
        <translation>
            <numerusform>Vorläufige Rangliste: Noch %n Bewertung fehlt.</numerusform>
            <numerusform>Vorläufige Rangliste: Noch %n Bewertungen fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leading: entry %1 (%2), mean %3.</source>
        <translation>Vorn liegt Einsendung %1 (%2), Durchschnitt %3.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>There is no winner yet: no entry has a score.</source>
        <translation>Es gibt noch kein Ergebnis: Keine Einsendung wurde bewertet.</translation>
    </message>
    <message>
        <source>The ranking is not final: every juror must score every entry (or allow a provisional winner).</source>
        <translation>Die Rangliste ist nicht endgültig: Alle Jurymitglieder müssen jede Einsendung bewerten (oder lassen Sie ein vorläufiges Ergebnis zu).</translation>
    </message>
    <message>
        <source>The winner may not appear on a public card: %1</source>
        <translation>Die gewinnende Person darf nicht auf einer öffentlichen Karte erscheinen: %1</translation>
    </message>
    <message>
        <source>Render the winner&apos;s card, square and story, in each language of the project</source>
        <translation>Gewinnerkarte als Quadrat und Story in jeder Sprache des Projekts erstellen</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>score of entry %1 by %2</source>
        <translation>Bewertung von %2 für Einsendung %1</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Jurymitglied hinzufügen</translation>
    </message>
    <message>
        <source>Name of the juror:</source>
        <translation>Name des Jurymitglieds:</translation>
    </message>
    <message>
        <source>%1 joined the jury.</source>
        <translation>%1 ist jetzt Mitglied der Jury.</translation>
    </message>
    <message>
        <source>Rename juror</source>
        <translation>Jurymitglied umbenennen</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Remove %1 and every score they gave?</source>
        <translation>%1 und alle vergebenen Bewertungen entfernen?</translation>
    </message>
    <message>
        <source>%1 left the jury; their scores were removed.</source>
        <translation>%1 ist nicht mehr in der Jury; die Bewertungen wurden entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added.</source>
        <translation>
            <numerusform>%n Einsendung hinzugefügt.</numerusform>
            <numerusform>%n Einsendungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to remove first.</source>
        <translation>Wählen Sie zuerst die zu entfernende Einsendung aus.</translation>
    </message>
    <message>
        <source>Take entry %1 out of the contest, with its scores?</source>
        <translation>Einsendung %1 samt Bewertungen aus dem Wettbewerb nehmen?</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card</source>
        <translation>Gewinnerkarte wird erstellt</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card…</source>
        <translation>Gewinnerkarte wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Abgebrochen; nichts halb Geschriebenes wurde behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n Karte in %1 geschrieben</numerusform>
            <numerusform>%n Karten in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name on the card: the winner is a minor or has no first name recorded)</source>
        <translation>(kein Name auf der Karte: Die gewinnende Person ist minderjährig oder hat keinen erfassten Vornamen)</translation>
    </message>
    <message>
        <source>square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</source>
        <translation>Noch keine Karte. Sobald jedes Jurymitglied jede Einsendung bewertet hat, erstellen Sie die Gewinnerkarte: Sie erscheint hier.</translation>
    </message>
    <message>
        <source>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</source>
        <translation>%1 ist keine gültige Bewertung: Geben Sie eine Zahl von 0 bis 10 in Schritten von 0,5 ein.</translation>
    </message>
    <message>
        <source>There is already a juror named %1.</source>
        <translation>Es gibt bereits ein Jurymitglied namens %1.</translation>
    </message>
    <message>
        <source>Contribution %1 cannot enter the contest: %2</source>
        <translation>Beitrag %1 kann nicht am Wettbewerb teilnehmen: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ranking is not final: %n score(s) still missing.</source>
        <translation>
            <numerusform>Die Rangliste ist nicht endgültig: Noch %n Bewertung fehlt.</numerusform>
            <numerusform>Die Rangliste ist nicht endgültig: Noch %n Bewertungen fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The winner (entry %1) may not appear on a public card: %2</source>
        <translation>Die gewinnende Person (Einsendung %1) darf nicht auf einer öffentlichen Karte erscheinen: %2</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>soziale Medien</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>gedrucktes Plakat</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>Stadtvideo</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>Weitergabe im Netzwerk</translation>
    </message>
    <message>
        <source>consent for every purpose</source>
        <translation>Einwilligung für alle Zwecke</translation>
    </message>
    <message>
        <source>consent for some purposes</source>
        <translation>Einwilligung für einige Zwecke</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>Einwilligung fehlt</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>Fotos und Clips importieren (Ctrl+I); Sie können Dateien auch hierher ziehen</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every photo and clip of a folder (Ctrl+Shift+I)</source>
        <translation>Alle Fotos und Clips eines Ordners importieren (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve the selected contributions (A)</source>
        <translation>Ausgewählte Beiträge freigeben (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Reject the selected contributions with a reason (R)</source>
        <translation>Ausgewählte Beiträge mit Begründung ablehnen (R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;arbeiten</translation>
    </message>
    <message>
        <source>Edit the crops, message and alt text of the selected contribution (E or Enter)</source>
        <translation>Zuschnitte, Nachricht und Alternativtext des ausgewählten Beitrags bearbeiten (E oder Enter)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Ein&amp;willigung erfassen…</translation>
    </message>
    <message>
        <source>Record the consent a resident signed on paper for the selected contributions (C)</source>
        <translation>Die auf Papier unterschriebene Einwilligung einer Person für die ausgewählten Beiträge erfassen (C)</translation>
    </message>
    <message>
        <source>Consents from a CS&amp;V…</source>
        <translation>Einwilligungen aus CS&amp;V…</translation>
    </message>
    <message>
        <source>Give a batch of contributions their consent from a CSV file, checked line by line</source>
        <translation>Einem Stapel von Beiträgen ihre Einwilligung aus einer CSV-Datei zuweisen, Zeile für Zeile geprüft</translation>
    </message>
    <message>
        <source>Render &amp;photos</source>
        <translation>Fotos &amp;erstellen</translation>
    </message>
    <message>
        <source>Frame every approved photo in every format, with alt text (Ctrl+R)</source>
        <translation>Jedes freigegebene Foto in jedem Format rahmen, mit Alternativtext (Ctrl+R)</translation>
    </message>
    <message>
        <source>Preview of the framed photo</source>
        <translation>Vorschau des gerahmten Fotos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Photos and clips</source>
        <translation>Fotos und Clips</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Jede Einwilligung</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>Ohne Einwilligung</translation>
    </message>
    <message>
        <source>Show contributions with status</source>
        <translation>Beiträge mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Show contributions with this status</source>
        <translation>Beiträge mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Show photos, clips or both</source>
        <translation>Fotos, Clips oder beides anzeigen</translation>
    </message>
    <message>
        <source>Show contributions in language</source>
        <translation>Beiträge in Sprache anzeigen</translation>
    </message>
    <message>
        <source>Show contributions whose message is in this language</source>
        <translation>Beiträge anzeigen, deren Nachricht in dieser Sprache ist</translation>
    </message>
    <message>
        <source>Show contributions by consent</source>
        <translation>Beiträge nach Einwilligung anzeigen</translation>
    </message>
    <message>
        <source>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</source>
        <translation>Ohne Einwilligung: keine Einwilligung erfasst (oder widerrufen); solche Beiträge werden bei allen Ausgaben ausgelassen</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>keine Sprache</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n freigegeben</numerusform>
            <numerusform>%n freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n zurückgezogen</numerusform>
            <numerusform>%n zurückgezogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n ohne Einwilligung</numerusform>
            <numerusform>%n ohne Einwilligung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>Kein Beitrag passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</source>
        <translation>Noch keine Beiträge. Fotos und Clips hierher ziehen oder „Dateien importieren“ (Ctrl+I) verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>A approves them all, R rejects them all with one reason.</source>
        <translation>A gibt alle frei, R lehnt alle mit einer Begründung ab.</translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</source>
        <translation>Wählen Sie einen Beitrag aus, um die Details zu sehen. A gibt frei, R lehnt ab, E oder Enter bearbeitet; mit Shift oder Ctrl wählen Sie mehrere aus.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Beitragende Person</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Given on %1 (%2), text version %3, in %4</source>
        <translation>Erteilt am %1 (%2), Textversion %3, Sprache: %4</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Vormund: %1</translation>
    </message>
    <message>
        <source>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</source>
        <translation>Für diesen Beitrag ist keine Einwilligung erfasst: Er wird bei allen Ausgaben ausgelassen, bis eine erfasst ist. C erfasst eine auf Papier unterschriebene Einwilligung.</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Vorschau wird erstellt</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>Fotos werden erstellt</translation>
    </message>
    <message>
        <source>Import photos and clips</source>
        <translation>Fotos und Clips importieren</translation>
    </message>
    <message>
        <source>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Fotos und Clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and clips</source>
        <translation>Ordner mit Fotos und Clips importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ICC Studio — unexpected error</source>
        <translation>ICC Studio — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</source>
        <translation>Etwas ist schiefgelaufen: %1

Ihr Projekt ist sicher: Alles, was bis zu diesem Moment gespeichert wurde, bleibt erhalten. Die Details stehen in der Protokolldatei:
%2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Feed square</source>
        <translation>Feed quadratisch</translation>
    </message>
    <message>
        <source>Feed portrait</source>
        <translation>Feed Hochformat</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>X header</source>
        <translation>X-Header</translation>
    </message>
    <message>
        <source>Facebook cover</source>
        <translation>Facebook-Titelbild</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Back to the contributions (Esc)</source>
        <translation>Zurück zu den Beiträgen (Esc)</translation>
    </message>
    <message>
        <source>Back to the contributions</source>
        <translation>Zurück zu den Beiträgen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous contribution (Page Up)</source>
        <translation>Vorheriger Beitrag (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next contribution (Page Down)</source>
        <translation>Nächster Beitrag (Page Down)</translation>
    </message>
    <message>
        <source>Reset to the proposal</source>
        <translation>Auf Vorschlag zurücksetzen</translation>
    </message>
    <message>
        <source>Use the face-aware crop proposed for this format again (Ctrl+0)</source>
        <translation>Den für dieses Format vorgeschlagenen, an Gesichtern ausgerichteten Zuschnitt wieder verwenden (Ctrl+0)</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>Sichere Bereiche</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Crop for the %1 (Alt+%2)</source>
        <translation>Zuschnitt für %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Crop for the %1</source>
        <translation>Zuschnitt für %1</translation>
    </message>
    <message>
        <source>Photo with the crop of the chosen format</source>
        <translation>Foto mit dem Zuschnitt des gewählten Formats</translation>
    </message>
    <message>
        <source>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</source>
        <translation>Ziehen Sie das Rechteck, um es zu verschieben, oder eine Ecke, um die Größe zu ändern. Die Pfeiltasten verschieben es (Ctrl für kleine Schritte), Shift+Pfeiltasten ändern die Größe. Page Up / Page Down: vorheriger / nächster Beitrag.</translation>
    </message>
    <message>
        <source>Choose a contribution on the Contributions page and press E to edit it.</source>
        <translation>Wählen Sie einen Beitrag auf der Seite „Beiträge“ und drücken Sie E, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Preview of the output, drawn by the export renderer</source>
        <translation>Vorschau der Ausgabe, gezeichnet vom Export-Renderer</translation>
    </message>
    <message>
        <source>What the export will look like, drawn by the same renderer</source>
        <translation>So wird der Export aussehen, gezeichnet vom selben Renderer</translation>
    </message>
    <message>
        <source>Show the platform&apos;s safe zones</source>
        <translation>Sichere Bereiche der Plattform anzeigen</translation>
    </message>
    <message>
        <source>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</source>
        <translation>Bereiche, die von der Oberfläche der App verdeckt oder von ihren Zuschnitten abgeschnitten werden (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Message shown on the photo</source>
        <translation>Auf dem Foto angezeigte Nachricht</translation>
    </message>
    <message>
        <source>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</source>
        <translation>Die Worte der Person, im Satz des Kits angezeigt; gespeichert, wenn Sie innehalten oder das Feld verlassen</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Länge der Nachricht</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Sprache der Nachricht</translation>
    </message>
    <message>
        <source>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</source>
        <translation>Die Sprache der Nachricht: Sie bestimmt den Satz des Kits und die Schreibrichtung</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>A description of the image for people who use a screen reader</source>
        <translation>Eine Beschreibung des Bildes für Menschen, die einen Screenreader nutzen</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</source>
        <translation>Beschreibt das Foto für Screenreader. Bleibt das Feld leer, verwendet der Export die Beschreibung des Kits mit der Nachricht.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
    <message>
        <source>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</source>
        <translation>Dies ist ein Clip: Schneiden Sie ihn auf der Seite „Clips“ zu. Nachricht und Alternativtext können hier bearbeitet werden.</translation>
    </message>
    <message>
        <source>Loading the photo</source>
        <translation>Foto wird geladen</translation>
    </message>
    <message>
        <source>Move the crop of the %1</source>
        <translation>Zuschnitt für %1 verschieben</translation>
    </message>
    <message>
        <source>Reset the crop of the %1</source>
        <translation>Zuschnitt für %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Crop set by hand</source>
        <translation>Zuschnitt von Hand</translation>
    </message>
    <message>
        <source>Proposed crop</source>
        <translation>Vorgeschlagener Zuschnitt</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of %1</source>
        <translation>
            <numerusform>%n Zeichen von %1</numerusform>
            <numerusform>%n Zeichen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): this kit allows at most %1. The message is not saved until it is shortened.</source>
        <translation>
            <numerusform>%n Zeichen zu lang: Dieses Kit erlaubt höchstens %1. Die Nachricht wird erst gespeichert, wenn sie gekürzt ist.</numerusform>
            <numerusform>%n Zeichen zu lang: Dieses Kit erlaubt höchstens %1. Die Nachricht wird erst gespeichert, wenn sie gekürzt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Alternativtext bearbeiten</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>Kein Beitrag geöffnet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Vorschau wird erstellt</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
</context>
<context>
    <name>EntryChooser</name>
    <message>
        <source>Add entries</source>
        <translation>Einsendungen hinzufügen</translation>
    </message>
    <message>
        <source>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</source>
        <translation>Wählen Sie freigegebene Fotos und Clips für den Wettbewerb aus (mehrere mit Ctrl oder Shift). Ein Foto kommt in die Kategorie Foto, ein Clip in die Kategorie Video.</translation>
    </message>
    <message>
        <source>Approved contributions not entered yet</source>
        <translation>Freigegebene Beiträge, die noch nicht angemeldet sind</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Every approved photo and clip is already entered.</source>
        <translation>Alle freigegebenen Fotos und Clips sind bereits angemeldet.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>There is no ICC Studio project in %1.</source>
        <translation>In %1 gibt es kein Projekt von ICC Studio.</translation>
    </message>
    <message>
        <source>%1 already holds files or a project; choose a new or empty folder.</source>
        <translation>%1 enthält bereits Dateien oder ein Projekt; wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>The project in %1 is damaged: %2</source>
        <translation>Das Projekt in %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The project in %1 was made by a newer version of ICC Studio.</source>
        <translation>Das Projekt in %1 wurde mit einer neueren Version von ICC Studio erstellt.</translation>
    </message>
    <message>
        <source>The kit file %1 is not valid: %2</source>
        <translation>Die Kit-Datei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger oder Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>%1 kann nicht geschrieben werden: Sie dürfen in diesem Ordner nicht schreiben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is too large for that disk.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei ist zu groß für diesen Datenträger.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk reported an error (was it unplugged?).</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger hat einen Fehler gemeldet (wurde er abgezogen?).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>GuardianScreen</name>
    <message>
        <source>A parent or guardian must agree</source>
        <translation>Ein Elternteil oder Vormund muss zustimmen</translation>
    </message>
    <message>
        <source>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</source>
        <translation>Unter %1 Jahren willigt ein Elternteil oder gesetzlicher Vormund gemeinsam mit Ihnen ein. Bitte lassen Sie diese Person den Text lesen und ausfüllen.</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>Name des Elternteils oder Vormunds</translation>
    </message>
    <message>
        <source>I am the parent or guardian and I agree</source>
        <translation>Ich bin Elternteil oder Vormund und stimme zu</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</source>
        <translation>
            <numerusform>%n Datei war bereits im Projekt (dasselbe Bild, egal unter welchem Namen) und wurde nicht erneut importiert: Jede Zeile nennt den Beitrag, von dem die Datei ein Duplikat ist.</numerusform>
            <numerusform>%n Dateien waren bereits im Projekt (dasselbe Bild, egal unter welchem Namen) und wurden nicht erneut importiert: Jede Zeile nennt den Beitrag, von dem die Datei ein Duplikat ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only duplicates and rejected files</source>
        <translation>Nur Duplikate und abgelehnte Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Files of the import</source>
        <translation>Dateien des Imports</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>already contribution #%1</source>
        <translation>bereits Beitrag Nr. %1</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Diesen Vorgang stoppen; nichts halb Fertiges wird behalten</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Fortschritt des laufenden Vorgangs</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About ICC Studio</source>
        <translation>&amp;Über ICC Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>No project open — File › New project or File › Open project</source>
        <translation>Kein Projekt geöffnet — Datei › Neues Projekt oder Datei › Projekt öffnen</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) of this project are missing from its folder.</source>
        <translation>
            <numerusform>%n Mediendatei dieses Projekts fehlt in seinem Ordner.</numerusform>
            <numerusform>%n Mediendateien dieses Projekts fehlen in seinem Ordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a campaign project</source>
        <translation>Kampagnenprojekt öffnen</translation>
    </message>
    <message>
        <source>About ICC Studio</source>
        <translation>Über ICC Studio</translation>
    </message>
    <message>
        <source>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</source>
        <translation>ICC Studio %1

Kampagnenmaterial für das Netzwerk Interkulturelle Städte – offline erstellt, mit Einwilligung.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit?</source>
        <translation>
            <numerusform>%n Vorgang läuft noch. Abbrechen und beenden?</numerusform>
            <numerusform>%n Vorgänge laufen noch. Abbrechen und beenden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Your first name or a nickname (optional)</source>
        <translation>Ihr Vorname oder ein Spitzname (optional)</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>Foto neu aufnehmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Send a contribution package</source>
        <translation>Beitragspaket senden</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Paket exportieren…</translation>
    </message>
    <message>
        <source>Receive packages</source>
        <translation>Pakete empfangen</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Pakete importieren…</translation>
    </message>
    <message>
        <source>Package and entries</source>
        <translation>Paket und Einträge</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Städte</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Withdrawal and erasure</source>
        <translation>Widerruf und Löschung</translation>
    </message>
    <message>
        <source>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</source>
        <translation>Wenn eine Person ihre Einwilligung widerruft, löschen Sie sie: Die Dateien, Kopien, Renderings und Exporte der Person werden gelöscht, Plakate und Videos, die sie zeigten, müssen neu erstellt werden, und das nächste Paket fordert die Partnerstädte und die Netzwerkkoordination auf, sie ebenfalls zu löschen.</translation>
    </message>
    <message>
        <source>Contributor:</source>
        <translation>Beitragende Person:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Erase contributor…</source>
        <translation>Beitragende Person löschen…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Delete the originals this many days after the campaign day:</source>
        <translation>Originale so viele Tage nach dem Kampagnentag löschen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Speichern und anwenden</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>Datenschutzbericht</translation>
    </message>
    <message>
        <source>Show what this project stores about whom</source>
        <translation>Anzeigen, was dieses Projekt über wen speichert</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Als JSON speichern…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit log: approvals, packages, erasures, retention</source>
        <translation>Prüfprotokoll: Freigaben, Pakete, Löschungen, Aufbewahrung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Open a project to exchange packages with the network.</source>
        <translation>Öffnen Sie ein Projekt, um Pakete mit dem Netzwerk auszutauschen.</translation>
    </message>
    <message>
        <source>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</source>
        <translation>Das Paket enthält die freigegebenen Beiträge aller Städte, deren Einwilligung die Weitergabe im Netzwerk abdeckt, und alle Widerrufsmitteilungen. Senden Sie es an die Partnerstädte.</translation>
    </message>
    <message>
        <source>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</source>
        <translation>Das Paket enthält die freigegebenen Beiträge, deren Einwilligung die Weitergabe im Netzwerk abdeckt, ohne Namen und Metadaten, sowie die Widerrufsmitteilungen. Senden Sie es an die Netzwerkkoordination.</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Netzwerk — %1</translation>
    </message>
    <message>
        <source>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</source>
        <translation>Dies ist das Projekt der Netzwerkkoordination: Es sammelt die Pakete der Städte und schickt die Auswahl des Netzwerks zurück.</translation>
    </message>
    <message>
        <source>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</source>
        <translation>Dies ist ein Stadtprojekt: Es sendet sein Paket an die Netzwerkkoordination und empfängt die Auswahl des Netzwerks.</translation>
    </message>
    <message>
        <source>Package from %1: revision %2, imported %3</source>
        <translation>Paket von %1: Revision %2, importiert am %3</translation>
    </message>
    <message>
        <source>No package imported yet.</source>
        <translation>Noch kein Paket importiert.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n contribution(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n Beitrag)</numerusform>
            <numerusform>#%1 %2 (%n Beiträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals are deleted after %1.</source>
        <translation>Originale werden nach %1 gelöscht.</translation>
    </message>
    <message>
        <source>Originals are kept until a contributor is erased.</source>
        <translation>Originale werden aufbewahrt, bis eine beitragende Person gelöscht wird.</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Contribution packages (*.zip)</source>
        <translation>Beitragspakete (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Paket wird exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 written to %2: %n contribution(s)</source>
        <translation>
            <numerusform>Revision %1 in %2 geschrieben: %n Beitrag</numerusform>
            <numerusform>Revision %1 in %2 geschrieben: %n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal notice(s)</source>
        <translation>
            <numerusform>%n Widerrufsmitteilung</numerusform>
            <numerusform>%n Widerrufsmitteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out (not approved, or no consent for re-share)</source>
        <translation>
            <numerusform>%n Beitrag ausgelassen (nicht freigegeben oder ohne Einwilligung zur Weitergabe)</numerusform>
            <numerusform>%n Beiträge ausgelassen (nicht freigegeben oder ohne Einwilligung zur Weitergabe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Pakete importieren</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>Pakete werden importiert</translation>
    </message>
    <message>
        <source>(the archive)</source>
        <translation>(das Archiv)</translation>
    </message>
    <message>
        <source>checked, %1 bytes</source>
        <translation>geprüft, %1 Bytes</translation>
    </message>
    <message>
        <source>%1, revision %2: already imported, nothing changed</source>
        <translation>%1, Revision %2: bereits importiert, nichts geändert</translation>
    </message>
    <message>
        <source>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</source>
        <translation>%1, Revision %2: %3 hinzugefügt, %4 aktualisiert, %5 entfernt, %6 zurückgezogen</translation>
    </message>
    <message>
        <source>Refused: older than the package already imported from this city.</source>
        <translation>Abgelehnt: älter als das bereits importierte Paket dieser Stadt.</translation>
    </message>
    <message>
        <source>Refused: entry %1: %2</source>
        <translation>Abgelehnt: Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>unsafe name (%1)</source>
        <translation>unsicherer Name (%1)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>an encrypted entry</source>
        <translation>ein verschlüsselter Eintrag</translation>
    </message>
    <message>
        <source>an unsupported compression method</source>
        <translation>eine nicht unterstützte Kompressionsmethode</translation>
    </message>
    <message>
        <source>name collides with another entry (%1)</source>
        <translation>Name kollidiert mit einem anderen Eintrag (%1)</translation>
    </message>
    <message>
        <source>too many entries (%1)</source>
        <translation>zu viele Einträge (%1)</translation>
    </message>
    <message>
        <source>too large (%1)</source>
        <translation>zu groß (%1)</translation>
    </message>
    <message>
        <source>suspicious compression ratio (a possible zip bomb)</source>
        <translation>verdächtiges Kompressionsverhältnis (mögliche Zip-Bombe)</translation>
    </message>
    <message>
        <source>the manifest is not valid (%1)</source>
        <translation>das Manifest ist ungültig (%1)</translation>
    </message>
    <message>
        <source>made by a newer ICC Studio</source>
        <translation>mit einer neueren Version von ICC Studio erstellt</translation>
    </message>
    <message>
        <source>wrong checksum (%1)</source>
        <translation>falsche Prüfsumme (%1)</translation>
    </message>
    <message>
        <source>a file the manifest does not declare</source>
        <translation>eine Datei, die das Manifest nicht angibt</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>fehlt (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>beschädigtes Archiv (%1)</translation>
    </message>
    <message>
        <source>overlapping entries (%1)</source>
        <translation>überlappende Einträge (%1)</translation>
    </message>
    <message>
        <source>this is this project&apos;s own package</source>
        <translation>das ist das eigene Paket dieses Projekts</translation>
    </message>
    <message>
        <source>made for another campaign (%1)</source>
        <translation>für eine andere Kampagne erstellt (%1)</translation>
    </message>
    <message>
        <source>same revision with other content</source>
        <translation>gleiche Revision mit anderem Inhalt</translation>
    </message>
    <message>
        <source>Erase contributor</source>
        <translation>Beitragende Person löschen</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</source>
        <translation>%1 endgültig löschen?

Die Fotos und Clips der Person sowie alle Kopien, Renderings und Exporte davon werden gelöscht; das kann nicht rückgängig gemacht werden. Plakate und Videos, die die Person zeigten, müssen neu erstellt werden.</translation>
    </message>
    <message>
        <source>Erasing a contributor</source>
        <translation>Beitragende Person wird gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n file(s) deleted</source>
        <translation>
            <numerusform>Gelöscht: %n Datei entfernt</numerusform>
            <numerusform>Gelöscht: %n Dateien entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to render again</source>
        <translation>
            <numerusform>%n Ausgabe muss neu erstellt werden</numerusform>
            <numerusform>%n Ausgaben müssen neu erstellt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next package carries %n withdrawal notice(s) for them.</source>
        <translation>
            <numerusform>Das nächste Paket enthält %n Widerrufsmitteilung für diese Person.</numerusform>
            <numerusform>Das nächste Paket enthält %n Widerrufsmitteilungen für diese Person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention setting</source>
        <translation>Aufbewahrungseinstellung wird angewendet</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) deleted now.</source>
        <translation>
            <numerusform>%n Original jetzt gelöscht.</numerusform>
            <numerusform>%n Originale jetzt gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the privacy report</source>
        <translation>Datenschutzbericht wird erstellt</translation>
    </message>
    <message>
        <source>minor, guardian %1</source>
        <translation>minderjährig, Vormund %1</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>aus einem Paket</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Einwilligung von %1</translation>
    </message>
    <message>
        <source> — signed form kept</source>
        <translation> — unterschriebenes Formular aufbewahrt</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Beitrag Nr. %1</translation>
    </message>
    <message>
        <source>%1 stored files, %2 renders</source>
        <translation>%1 gespeicherte Dateien, %2 Renderings</translation>
    </message>
    <message>
        <source>originals deleted after %1</source>
        <translation>Originale nach %1 gelöscht</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Withdrawal notices</source>
        <translation>Widerrufsmitteilungen</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>soziale Medien</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>gedrucktes Plakat</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>Stadtvideo</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>Weitergabe im Netzwerk</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Datenschutzbericht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New campaign project</source>
        <translation>Neues Kampagnenprojekt</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>Zum Beispiel: Lissabon</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Name der Stadt</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>S&amp;tadt:</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>Kampagnen-Kit</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>Kampagnensprachen</translation>
    </message>
    <message>
        <source>The languages of the city&apos;s campaign; captions and posters use them</source>
        <translation>Die Sprachen der Kampagne der Stadt; sie werden für Untertitel und Plakate verwendet</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Kampagnenjahr</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Choose an empty folder for the project</source>
        <translation>Wählen Sie einen leeren Ordner für das Projekt</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Wählen Sie einen Ordner für das Projekt.</translation>
    </message>
    <message>
        <source>Enter the city&apos;s name.</source>
        <translation>Geben Sie den Namen der Stadt ein.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Wählen Sie mindestens eine Sprache.</translation>
    </message>
</context>
<context>
    <name>NoCameraScreen</name>
    <message>
        <source>The camera is not available at the moment</source>
        <translation>Die Kamera ist im Moment nicht verfügbar</translation>
    </message>
    <message>
        <source>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</source>
        <translation>Bitte sagen Sie dem Personal Bescheid. Der Kiosk läuft von selbst weiter, sobald die Kamera wieder da ist.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Diesen Vorgang stoppen; nichts halb Fertiges wird behalten</translation>
    </message>
    <message>
        <source>Waiting for the previous render</source>
        <translation>Wartet auf das vorherige Rendering</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the rendered files in the file manager</source>
        <translation>Erstellte Dateien im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-finished was kept</source>
        <translation>Abgebrochen; nichts halb Fertiges wurde behalten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%n second(s) left</source>
        <translation>noch %n s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</source>
        <translation>Wählen Sie, was erstellt werden soll. Nur freigegebene Beiträge, deren beitragende Person dieser Verwendung zugestimmt hat, werden aufgenommen; die anderen werden mit Grund aufgeführt.</translation>
    </message>
    <message>
        <source>What to render</source>
        <translation>Was erstellt wird</translation>
    </message>
    <message>
        <source>Framed photos</source>
        <translation>Gerahmte Fotos</translation>
    </message>
    <message>
        <source>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</source>
        <translation>Jedes freigegebene Foto im Rahmen des Kits: Feed quadratisch und Hochformat, Story, Profilbild, X-Header</translation>
    </message>
    <message>
        <source>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</source>
        <translation>Jedes freigegebene Foto in fünf Formaten, mit Alternativtext; unveränderte Fotos werden nicht neu erstellt.</translation>
    </message>
    <message>
        <source>Per-city video</source>
        <translation>Stadtvideo</translation>
    </message>
    <message>
        <source>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</source>
        <translation>Vorspann, die Fotos mit sanfter Bewegung und ihren Bildunterschriften, die Clips, Abspann; mit Untertiteln und Vorschaubild</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Target length:</source>
        <translation>Ziellänge:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The time each photo is shown adapts so that the video lasts this long</source>
        <translation>Die Anzeigedauer jedes Fotos passt sich an, damit das Video so lange dauert</translation>
    </message>
    <message>
        <source>Music:</source>
        <translation>Musik:</translation>
    </message>
    <message>
        <source>No music (optional)</source>
        <translation>Keine Musik (optional)</translation>
    </message>
    <message>
        <source>Music file</source>
        <translation>Musikdatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>A music track: faded in and out, lowered while residents speak</source>
        <translation>Ein Musikstück: ein- und ausgeblendet, leiser, während Bewohnerinnen und Bewohner sprechen</translation>
    </message>
    <message>
        <source>Burn the clips&apos; subtitles into the picture</source>
        <translation>Untertitel der Clips ins Bild einbrennen</translation>
    </message>
    <message>
        <source>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</source>
        <translation>Jeder freigegebene Clip im Auslieferungsformat (9:16), mit Bildunterschrift und angeglichener Lautstärke</translation>
    </message>
    <message>
        <source>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</source>
        <translation>Das A2-Plakat (Druck-PDF und PNG) und seine Social-Media-Fassung; weitere Optionen auf der Seite Collage-Plakat</translation>
    </message>
    <message>
        <source>One post per day before the day, in each language, square and story</source>
        <translation>Ein Beitrag pro Tag vor dem Aktionstag, in jeder Sprache, quadratisch und als Story</translation>
    </message>
    <message>
        <source>X header and Facebook cover with the city&apos;s name</source>
        <translation>X-Header und Facebook-Titelbild mit dem Namen der Stadt</translation>
    </message>
    <message>
        <source>A6 postcards, front and back, and sheets of four on A4</source>
        <translation>A6-Postkarten, Vorder- und Rückseite, und Bögen mit vier Karten auf A4</translation>
    </message>
    <message>
        <source>An A3 poster and a square post per speaker saved on the Quote posters page</source>
        <translation>Ein A3-Plakat und ein quadratischer Beitrag pro Person, die auf der Seite Zitatplakate gespeichert ist</translation>
    </message>
    <message>
        <source>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</source>
        <translation>Die Gewinnerkarte des Fotowettbewerbs, quadratisch und als Story, in jeder Sprache (sobald jedes Jurymitglied jede Einsendung bewertet hat)</translation>
    </message>
    <message>
        <source>Twelve months with one contribution each, A4 and A3</source>
        <translation>Zwölf Monate mit je einem Beitrag, A4 und A3</translation>
    </message>
    <message>
        <source>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</source>
        <translation>Die Website der Kampagne: ein Ordner für jeden Webspace oder zum Öffnen von einem USB-Stick (zuletzt erstellen)</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Render the chosen outputs in the background</source>
        <translation>Gewählte Ausgaben im Hintergrund erstellen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Render jobs</source>
        <translation>Erstellungsvorgänge</translation>
    </message>
    <message>
        <source>Open a project to render its outputs.</source>
        <translation>Öffnen Sie ein Projekt, um seine Ausgaben zu erstellen.</translation>
    </message>
    <message>
        <source>Choose a music track</source>
        <translation>Musikstück auswählen</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</source>
        <translation>Audiodateien (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <source>Per-city video (%1)</source>
        <translation>Stadtvideo (%1)</translation>
    </message>
    <message>
        <source>Resident clips</source>
        <translation>Clips der Bewohner</translation>
    </message>
    <message>
        <source>Collage poster</source>
        <translation>Collage-Plakat</translation>
    </message>
    <message>
        <source>Countdown posts</source>
        <translation>Countdown-Beiträge</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Postcards</source>
        <translation>Postkarten</translation>
    </message>
    <message>
        <source>Quote posters</source>
        <translation>Zitatplakate</translation>
    </message>
    <message>
        <source>Contest winner&apos;s card</source>
        <translation>Gewinnerkarte des Wettbewerbs</translation>
    </message>
    <message>
        <source>Diversity calendar</source>
        <translation>Vielfaltskalender</translation>
    </message>
    <message>
        <source>Campaign gallery (website)</source>
        <translation>Kampagnengalerie (Website)</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) rendered</source>
        <translation>
            <numerusform>%n Ausgabe erstellt</numerusform>
            <numerusform>%n Ausgaben erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, %2 s per photo</source>
        <translation>%1 s, %2 s pro Foto</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n Beitrag ausgelassen</numerusform>
            <numerusform>%n Beiträge ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>#%1 left out: %2</source>
        <translation>#%1 ausgelassen: %2</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Nur für Personal: PIN eingeben, um den Kiosk zu verlassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>PortraitChooser</name>
    <message>
        <source>Choose a portrait</source>
        <translation>Porträt auswählen</translation>
    </message>
    <message>
        <source>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</source>
        <translation>Freigegebene Fotos. Ein Porträt erscheint nur in den Ausgaben, die seine Einwilligung abdeckt: Das A3-Plakat erfordert die Einwilligung für den Druck, das Quadrat die für soziale Medien.</translation>
    </message>
    <message>
        <source>Approved photos</source>
        <translation>Freigegebene Fotos</translation>
    </message>
    <message>
        <source>square only</source>
        <translation>nur Quadrat</translation>
    </message>
    <message>
        <source>A3 poster only</source>
        <translation>nur A3-Plakat</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>gedrucktes Plakat</translation>
    </message>
    <message>
        <source>no print consent</source>
        <translation>keine Einwilligung für den Druck</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>soziale Medien</translation>
    </message>
    <message>
        <source>no social-media consent</source>
        <translation>keine Einwilligung für soziale Medien</translation>
    </message>
    <message>
        <source>No approved photo has consent for print or social media yet.</source>
        <translation>Noch hat kein freigegebenes Foto eine Einwilligung für den Druck oder für soziale Medien.</translation>
    </message>
    <message>
        <source>Loading thumbnails</source>
        <translation>Miniaturansichten werden geladen</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Look at the camera and smile!</source>
        <translation>Schauen Sie in die Kamera und lächeln Sie!</translation>
    </message>
    <message>
        <source>You appear as in a mirror. The photo itself will not be mirrored.</source>
        <translation>Sie sehen sich wie im Spiegel. Das Foto selbst wird nicht gespiegelt.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quote posters</source>
        <translation>Zitatplakate</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Zitierte Personen</translation>
    </message>
    <message>
        <source>Every speaker gets the same poster and the same maximum quote length</source>
        <translation>Alle Personen erhalten dasselbe Plakat und dieselbe maximale Zitatlänge</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Ausgewählte Person entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected speaker up (the posters are numbered in this order)</source>
        <translation>Ausgewählte Person nach oben verschieben (die Plakate werden in dieser Reihenfolge nummeriert)</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Person nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Ausgewählte Person nach unten verschieben</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Person nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Render quote posters</source>
        <translation>Zitatplakate &amp;erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop rendering; nothing half-written is kept</source>
        <translation>Erstellung abbrechen; nichts halb Geschriebenes wird behalten</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>Fortschritt der Erstellung</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the rendered quote posters</source>
        <translation>Ordner der erstellten Zitatplakate öffnen</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>Porträt:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>For example: Claire Dubois</source>
        <translation>Zum Beispiel: Claire Dubois</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Funktion der Person</translation>
    </message>
    <message>
        <source>For example: Mayor of the city</source>
        <translation>Zum Beispiel: Bürgermeisterin der Stadt</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Sprache des Zitats</translation>
    </message>
    <message>
        <source>The quotation marks and the writing direction follow the language</source>
        <translation>Anführungszeichen und Schreibrichtung richten sich nach der Sprache</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>Beitrag…</translation>
    </message>
    <message>
        <source>Take the portrait from an approved photo of the project</source>
        <translation>Porträt aus einem freigegebenen Foto des Projekts übernehmen</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>An official portrait: the image is copied into the project</source>
        <translation>Ein offizielles Porträt: Das Bild wird in das Projekt kopiert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>Kein Porträt</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>At most %1 characters, the same for every speaker</source>
        <translation>Höchstens %1 Zeichen, für alle Personen gleich</translation>
    </message>
    <message>
        <source>Quote length</source>
        <translation>Zitatlänge</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>&amp;Quadrat</translation>
    </message>
    <message>
        <source>The 1080×1080 square for social media</source>
        <translation>Das Quadrat 1080×1080 für soziale Medien</translation>
    </message>
    <message>
        <source>A&amp;3 poster</source>
        <translation>A&amp;3-Plakat</translation>
    </message>
    <message>
        <source>The A3 print poster, with its bleed and crop marks</source>
        <translation>Das A3-Druckplakat mit Beschnittzugabe und Schnittmarken</translation>
    </message>
    <message>
        <source>Preview of the quote poster</source>
        <translation>Vorschau des Zitatplakats</translation>
    </message>
    <message>
        <source>Open a project to make its quote posters.</source>
        <translation>Öffnen Sie ein Projekt, um seine Zitatplakate zu erstellen.</translation>
    </message>
    <message>
        <source>(new speaker)</source>
        <translation>(neue Person)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n Zeichen zu viel</numerusform>
            <numerusform>%n Zeichen zu viel</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a speaker to make quote posters.</source>
        <translation>Fügen Sie eine Person hinzu, um Zitatplakate zu erstellen.</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>Person %1</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %1 is %n character(s) over the limit of %2 that every speaker has.</source>
        <translation>
            <numerusform>Das Zitat von %1 ist %n Zeichen länger als die Grenze von %2, die für alle Personen gilt.</numerusform>
            <numerusform>Das Zitat von %1 ist %n Zeichen länger als die Grenze von %2, die für alle Personen gilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 has no name.</source>
        <translation>Person %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 has no quote yet.</source>
        <translation>%1 hat noch kein Zitat.</translation>
    </message>
    <message>
        <source>A3 print poster and 1080×1080 square for every speaker</source>
        <translation>A3-Druckplakat und Quadrat 1080×1080 für jede Person</translation>
    </message>
    <message>
        <source>Choose a portrait</source>
        <translation>Porträt auswählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Copying the portrait</source>
        <translation>Porträt wird kopiert</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>%1 wird kopiert…</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Beitrag Nr. %1</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in the project</source>
        <translation>Beitrag Nr. %1 ist nicht mehr im Projekt</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Bilddatei</translation>
    </message>
    <message>
        <source>Drawing the quote poster preview</source>
        <translation>Vorschau des Zitatplakats wird erstellt</translation>
    </message>
    <message>
        <source>The A3 poster</source>
        <translation>Das A3-Plakat</translation>
    </message>
    <message>
        <source>The square</source>
        <translation>Das Quadrat</translation>
    </message>
    <message>
        <source>%1 will not be made: the portrait&apos;s %2.</source>
        <translation>%1 wird nicht erstellt (Porträt: %2).</translation>
    </message>
    <message>
        <source>Rendering the quote posters</source>
        <translation>Zitatplakate werden erstellt</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Abgebrochen; nichts halb Geschriebenes wurde behalten.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei in %1 geschrieben</numerusform>
            <numerusform>%n Dateien in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Portraits left out: %1</source>
        <translation>Ausgelassene Porträts: %1</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not a portrait of a resident</source>
        <translation>Kein Porträt einer Bewohnerin oder eines Bewohners</translation>
    </message>
    <message>
        <source>Blurred, too dark or too small</source>
        <translation>Unscharf, zu dunkel oder zu klein</translation>
    </message>
    <message>
        <source>Inappropriate content</source>
        <translation>Unangemessener Inhalt</translation>
    </message>
    <message>
        <source>Other people in the photo have not consented</source>
        <translation>Andere Personen auf dem Foto haben nicht eingewilligt</translation>
    </message>
    <message>
        <source>Same photo as another contribution</source>
        <translation>Gleiches Foto wie ein anderer Beitrag</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n contribution(s) rejected?</source>
        <translation>
            <numerusform>Warum wird %n Beitrag abgelehnt?</numerusform>
            <numerusform>Warum werden diese %n Beiträge abgelehnt?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a reason or pick one given before</source>
        <translation>Geben Sie einen Grund ein oder wählen Sie einen früheren</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <source>Kept with each contribution and in the audit log</source>
        <translation>Wird bei jedem Beitrag und im Prüfprotokoll gespeichert</translation>
    </message>
    <message>
        <source>The reason is kept with each contribution and in the project&apos;s audit log.</source>
        <translation>Der Grund wird bei jedem Beitrag und im Prüfprotokoll des Projekts gespeichert.</translation>
    </message>
</context>
<context>
    <name>RenderReportDialog</name>
    <message>
        <source>Rendered photos</source>
        <translation>Erstellte Fotos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n Datei erstellt</numerusform>
            <numerusform>%n Dateien erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n Beitrag ausgelassen</numerusform>
            <numerusform>%n Beiträge ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like this photo?</source>
        <translation>Gefällt Ihnen dieses Foto?</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Dieses Foto behalten</translation>
    </message>
</context>
<context>
    <name>SafeZones</name>
    <message>
        <source>Top bar of the app</source>
        <translation>Obere Leiste der App</translation>
    </message>
    <message>
        <source>Reply bar</source>
        <translation>Antwortleiste</translation>
    </message>
    <message>
        <source>Circular crop</source>
        <translation>Runder Zuschnitt</translation>
    </message>
    <message>
        <source>Mobile crop</source>
        <translation>Zuschnitt Mobilgerät</translation>
    </message>
    <message>
        <source>Desktop crop</source>
        <translation>Zuschnitt Desktop</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation>Sicherer Bereich</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <source>Saving your portrait…</source>
        <translation>Ihr Porträt wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score of %1</source>
        <translation>Bewertung von %1</translation>
    </message>
    <message>
        <source>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</source>
        <translation>0 bis 10 in Schritten von 0,5 (7.5 oder 7,5); leer: keine Bewertung</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>Notiz für die Jury</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry</source>
        <translation>Einsendung</translation>
    </message>
    <message>
        <source>Note (school, class)</source>
        <translation>Notiz (Schule, Klasse)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Vermerke</translation>
    </message>
    <message>
        <source>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</source>
        <translation>Bewertungen von %1: 0 bis 10 in Schritten von 0,5. Geben Sie eine Bewertung ein und drücken Sie Enter; löschen Sie sie, um die Einsendung unbewertet zu lassen.</translation>
    </message>
    <message>
        <source>For the jury only: never printed on a card.</source>
        <translation>Nur für die Jury: wird nie auf eine Karte gedruckt.</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; scores.</source>
        <translation>Der Durchschnitt der Bewertungen der Jurymitglieder.</translation>
    </message>
    <message>
        <source>Equal means: more scores first, then the higher median, then the entry submitted first.</source>
        <translation>Bei gleichem Durchschnitt: zuerst mehr Bewertungen, dann der höhere Median, dann die früher eingereichte Einsendung.</translation>
    </message>
    <message>
        <source>No score from %1 yet</source>
        <translation>Noch keine Bewertung von %1</translation>
    </message>
    <message>
        <source>%1 gave %2</source>
        <translation>%1 vergab %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Einsendung %1, %2: %3</translation>
    </message>
    <message>
        <source>Entry %1 by %2</source>
        <translation>Einsendung %1 von %2</translation>
    </message>
    <message>
        <source>Left out: not approved any more</source>
        <translation>Ausgelassen: nicht mehr freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n score(s) missing</source>
        <translation>
            <numerusform>Unvollständig: %n Bewertung fehlt</numerusform>
            <numerusform>Unvollständig: %n Bewertungen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie settled by more scores</source>
        <translation>Gleichstand durch mehr Bewertungen entschieden</translation>
    </message>
    <message>
        <source>Tie settled by the median</source>
        <translation>Gleichstand durch den Median entschieden</translation>
    </message>
    <message>
        <source>Tie settled by the earlier entry</source>
        <translation>Gleichstand durch die frühere Einsendung entschieden</translation>
    </message>
    <message>
        <source>Not on a public card: %1</source>
        <translation>Nicht auf einer öffentlichen Karte: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</source>
        <translation>Die Sprache von Menüs, Seiten und Meldungen; sie ändert sich sofort. Die Sprachen der Kampagne selbst werden pro Projekt festgelegt.</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Standard-&amp;Exportordner:</translation>
    </message>
    <message>
        <source>Each project&apos;s own exports folder</source>
        <translation>Der eigene Exportordner jedes Projekts</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</source>
        <translation>Wohin erstellte Ausgaben geschrieben werden, mit einem Ordner pro Stadt. Leer lassen, um sie im Exportordner des jeweiligen Projekts zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Standard-Exportordner auswählen</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Ordner in einem Dateidialog auswählen</translation>
    </message>
    <message>
        <source>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</source>
        <translation>Fotos, Plakate, Banner und die Website kommen nach &lt;Ordner&gt;/&lt;Stadt&gt;/…; das Stadtvideo und die Clips der Teilnehmenden bleiben im Projekt. Außerhalb des Projektordners exportierte Dateien werden nicht gelöscht, wenn eine Person ihre Einwilligung widerruft: Löschen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>&amp;Worker processes:</source>
        <translation>&amp;Arbeitsprozesse:</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>Anzahl der Arbeitsprozesse</translation>
    </message>
    <message>
        <source>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</source>
        <translation>Wie viele Prozesse gleichzeitig Fotos dekodieren und erstellen. Mehr ist auf einem Computer mit vielen Kernen schneller; weniger lässt den Computer für andere Arbeit frei. Standard: einer pro Kern (%1). Gilt ab dem nächsten Import oder der nächsten Erstellung.</translation>
    </message>
    <message>
        <source>Put every setting back to its default value (saved with OK)</source>
        <translation>Alle Einstellungen auf ihren Standardwert zurücksetzen (gespeichert mit OK)</translation>
    </message>
    <message>
        <source>Save and apply the settings</source>
        <translation>Einstellungen speichern und anwenden</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>“%1” is not a full path: choose the folder with Browse….</source>
        <translation>„%1“ ist kein vollständiger Pfad: Wählen Sie den Ordner mit Durchsuchen….</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>ICC Studio cannot write in %1: %2</source>
        <translation>ICC Studio kann nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</source>
        <translation>Das Team der Stadt sieht sich Ihr Porträt vor der Veröffentlichung an. Wenn Sie Ihre Einwilligung später widerrufen möchten, fragen Sie an diesem Stand.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
</context>
</TS>
