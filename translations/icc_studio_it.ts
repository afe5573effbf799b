<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your portrait for the campaign: it takes two minutes.</source>
        <translation>Un ritratto per la campagna: bastano due minuti.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Tocchi qui per iniziare</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Kit artwork</source>
        <translation>Grafica del kit</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Città:</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Giornata:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Lingue:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtag:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limiti:</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>Inizio del conto alla rovescia:</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>Il giorno:</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Seguito fino al:</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Nessun progetto aperto</translation>
    </message>
    <message>
        <source>Create a project with File › New project, or open one with File › Open project.</source>
        <translation>Crea un progetto con File › Nuovo progetto, oppure aprine uno con File › Apri progetto.</translation>
    </message>
    <message>
        <source>messages up to %1 characters; clips up to %2 s</source>
        <translation>messaggi fino a %1 caratteri; clip fino a %2 s</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>Creazione dell&apos;anteprima del kit</translation>
    </message>
    <message>
        <source>Preview of a square post</source>
        <translation>Anteprima di un post quadrato</translation>
    </message>
    <message>
        <source>Preview of a story</source>
        <translation>Anteprima di una storia</translation>
    </message>
    <message>
        <source>Preview of a profile picture</source>
        <translation>Anteprima di un&apos;immagine del profilo</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Event capture</source>
        <translation>Scatti all&apos;evento</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Spegni la fotocamera</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Avvia la fotocamera</translation>
    </message>
    <message>
        <source>&amp;Take the portrait</source>
        <translation>&amp;Scatta il ritratto</translation>
    </message>
    <message>
        <source>&amp;Take it again</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Take the portrait (Ctrl+T)</source>
        <translation>Scatta il ritratto (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pick photos from a camera card…</source>
        <translation>Scegli &amp;foto da una scheda di memoria…</translation>
    </message>
    <message>
        <source>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</source>
        <translation>Scatta il ritratto della persona o scegli le sue foto, poi compila il consenso insieme a lei. Nulla viene conservato finché non premi Conserva.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>Sono…</translation>
    </message>
    <message>
        <source>The resident&apos;s message (optional)</source>
        <translation>Messaggio della persona (facoltativo)</translation>
    </message>
    <message>
        <source>The resident&apos;s message</source>
        <translation>Messaggio della persona</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Sc&amp;arta</translation>
    </message>
    <message>
        <source>Forget this resident&apos;s picture and form</source>
        <translation>Dimentica la foto e il modulo di questa persona</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserva</translation>
    </message>
    <message>
        <source>Keep the picture with its consent (Ctrl+Enter)</source>
        <translation>Conserva la foto con il suo consenso (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1</source>
        <translation>Impossibile aprire la fotocamera: %1</translation>
    </message>
    <message>
        <source>The camera is not answering: check its cable. It will be used again as soon as it is back.</source>
        <translation>La fotocamera non risponde: controlla il cavo. Verrà usata di nuovo appena tornerà disponibile.</translation>
    </message>
    <message>
        <source>The resident&apos;s photos</source>
        <translation>Foto della persona</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) picked:</source>
        <translation>
            <numerusform>%n foto scelta:</numerusform>
            <numerusform>%n foto scelte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the camera, or pick photos from a camera card.</source>
        <translation>Avvia la fotocamera o scegli delle foto da una scheda di memoria.</translation>
    </message>
    <message>
        <source>Take the portrait or pick the photos first.</source>
        <translation>Prima scatta il ritratto o scegli le foto.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>Il messaggio supera i %1 caratteri.</translation>
    </message>
    <message>
        <source>Keeping the portrait</source>
        <translation>Salvataggio del ritratto</translation>
    </message>
    <message>
        <source>Keeping the photos</source>
        <translation>Salvataggio delle foto</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n contribution(s), pending review.</source>
        <translation>
            <numerusform>Conservato: %n contributo, in attesa di revisione.</numerusform>
            <numerusform>Conservati: %n contributi, in attesa di revisione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Non è stato conservato nulla: %1</translation>
    </message>
</context>
<context>
    <name>ClipsPage</name>
    <message>
        <source>Clips</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>◀ Frame</source>
        <translation>◀ Fotogramma</translation>
    </message>
    <message>
        <source>One frame back (← or ,)</source>
        <translation>Un fotogramma indietro (← o ,)</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Fotogramma ▶</translation>
    </message>
    <message>
        <source>One frame forward (→ or .)</source>
        <translation>Un fotogramma avanti (→ o .)</translation>
    </message>
    <message>
        <source>Set &amp;in</source>
        <translation>Imposta &amp;inizio</translation>
    </message>
    <message>
        <source>The part starts here (I); Shift+I goes to the in-point</source>
        <translation>La parte inizia qui (I); Shift+I va al punto di inizio</translation>
    </message>
    <message>
        <source>Set &amp;out</source>
        <translation>Imposta &amp;fine</translation>
    </message>
    <message>
        <source>The part ends here (O); Shift+O goes to the out-point</source>
        <translation>La parte finisce qui (O); Shift+O va al punto di fine</translation>
    </message>
    <message>
        <source>Use the whole clip</source>
        <translation>Usa l&apos;intera clip</translation>
    </message>
    <message>
        <source>Preview normalised</source>
        <translation>Anteprima normalizzata</translation>
    </message>
    <message>
        <source>Play the part as it will be delivered: format, crop or padding, loudness, caption</source>
        <translation>Riproduci la parte come sarà consegnata: formato, ritaglio o riempimento, volume, didascalia</translation>
    </message>
    <message>
        <source>Back to the clip</source>
        <translation>Torna alla clip</translation>
    </message>
    <message>
        <source>Campaign frame</source>
        <translation>Cornice della campagna</translation>
    </message>
    <message>
        <source>Crop or pad (automatic)</source>
        <translation>Ritaglia o riempi (automatico)</translation>
    </message>
    <message>
        <source>Crop around faces</source>
        <translation>Ritaglia attorno ai volti</translation>
    </message>
    <message>
        <source>Pad with a blurred copy</source>
        <translation>Riempi con una copia sfocata</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>Formato di consegna</translation>
    </message>
    <message>
        <source>How the picture fills the format</source>
        <translation>Come l&apos;immagine riempie il formato</translation>
    </message>
    <message>
        <source>Clip player</source>
        <translation>Lettore di clip</translation>
    </message>
    <message>
        <source>Timeline with the in and out points</source>
        <translation>Timeline con i punti di inizio e di fine</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <source>Play or pause (Space or K); L plays faster, J jumps back a second</source>
        <translation>Riproduci o metti in pausa (Space o K); L accelera, J torna indietro di un secondo</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>This project has no clips yet: import them on the Contributions page.</source>
        <translation>Questo progetto non ha ancora clip: importale nella pagina Contributi.</translation>
    </message>
    <message>
        <source>Preparing the clip for playback…</source>
        <translation>Preparazione della clip per la riproduzione…</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Preparazione della clip</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>fotogramma %1</translation>
    </message>
    <message>
        <source>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</source>
        <translation>La parte durerebbe %1 s, oltre il massimo di %2 s per clip di residente previsto da questa campagna. Sposta il punto di inizio o di fine.</translation>
    </message>
    <message>
        <source>These in and out points do not fit the clip: %1</source>
        <translation>Questi punti di inizio e di fine non sono validi per la clip: %1</translation>
    </message>
    <message>
        <source>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</source>
        <translation>Parte usata: da %1 s a %2 s (%3 s); questa campagna consente %4 s per clip di residente.</translation>
    </message>
    <message>
        <source>The clip is longer: set in and out points.</source>
        <translation>La clip è più lunga: imposta i punti di inizio e di fine.</translation>
    </message>
    <message>
        <source>Preview of the normalised clip</source>
        <translation>Anteprima della clip normalizzata</translation>
    </message>
    <message>
        <source>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</source>
        <translation>La parte dura %1 s, oltre il massimo di %2 s per clip di residente previsto da questa campagna: imposta prima i punti di inizio e di fine.</translation>
    </message>
    <message>
        <source>Showing the normalised preview (%1).</source>
        <translation>Visualizzazione dell&apos;anteprima normalizzata (%1).</translation>
    </message>
</context>
<context>
    <name>CollagePage</name>
    <message>
        <source>Collage poster</source>
        <translation>Manifesto collage</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Manifesto</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Disposizione:</translation>
    </message>
    <message>
        <source>Arrangement (seed):</source>
        <translation>Variante (seme):</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pagine:</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Riga dei crediti</translation>
    </message>
    <message>
        <source>A line of first names under the photos: adults whose consent covers print.</source>
        <translation>Una riga di nomi sotto le foto: adulti il cui consenso copre la stampa.</translation>
    </message>
    <message>
        <source>Render poster</source>
        <translation>Genera manifesto</translation>
    </message>
    <message>
        <source>Justified rows</source>
        <translation>Righe giustificate</translation>
    </message>
    <message>
        <source>Justified columns</source>
        <translation>Colonne giustificate</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>Griglia regolare</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Cuore</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cerchio</translation>
    </message>
    <message>
        <source>Preview of the collage poster</source>
        <translation>Anteprima del manifesto collage</translation>
    </message>
    <message>
        <source>Open a project to make its collage poster.</source>
        <translation>Apri un progetto per crearne il manifesto collage.</translation>
    </message>
    <message>
        <source>Drawing the collage preview</source>
        <translation>Creazione dell&apos;anteprima del collage</translation>
    </message>
    <message>
        <source>Too small to print: %1</source>
        <translation>Troppo piccolo per la stampa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose consent covers print; smallest tile %1 mm.</source>
        <translation>
            <numerusform>%n foto con consenso alla stampa; riquadro più piccolo %1 mm.</numerusform>
            <numerusform>%n foto con consenso alla stampa; riquadro più piccolo %1 mm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the collage poster</source>
        <translation>Generazione del manifesto collage</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Annullato; nessun file scritto a metà è stato conservato.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file scritto in %1</numerusform>
            <numerusform>%n file scritti in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</source>
        <translation>Con %1 foto i riquadri verrebbero stampati a %2 mm, sotto il minimo di %3 mm del kit. Usa %4 pagine o un formato di carta più grande.</translation>
    </message>
</context>
<context>
    <name>ConsentCsv</name>
    <message>
        <source>Consents of a batch (CSV)</source>
        <translation>Consensi di un lotto (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>File CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was applied.</source>
        <translation>
            <numerusform>%n problema trovato in %1; non è stato applicato nulla.</numerusform>
            <numerusform>%n problemi trovati in %1; non è stato applicato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents not applied</source>
        <translation>Consensi non applicati</translation>
    </message>
    <message numerus="yes">
        <source>Give %n contribution(s) their consent from %1?</source>
        <translation>
            <numerusform>Assegnare a %n contributo il consenso indicato in %1?</numerusform>
            <numerusform>Assegnare a %n contributi i consensi indicati in %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply consents</source>
        <translation>Applica i consensi</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Social media and the campaign website</source>
        <translation>Social media e sito web della campagna</translation>
    </message>
    <message>
        <source>Printed posters, postcards and the calendar</source>
        <translation>Manifesti stampati, cartoline e calendario</translation>
    </message>
    <message>
        <source>The city&apos;s campaign video</source>
        <translation>Video della campagna della città</translation>
    </message>
    <message>
        <source>Sharing with the Intercultural Cities network and partner cities</source>
        <translation>Condivisione con la rete delle Città interculturali e le città partner</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Registra un consenso cartaceo</translation>
    </message>
    <message numerus="yes">
        <source>Consent for %n contribution(s), as the resident signed it on paper.</source>
        <translation>
            <numerusform>Consenso per %n contributo, come firmato su carta dalla persona.</numerusform>
            <numerusform>Consenso per %n contributi, come firmato su carta dalla persona.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>First name or pseudonym</source>
        <translation>Nome o pseudonimo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>Lingua del testo del consenso</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <source>Consent text:</source>
        <translation>Testo del consenso:</translation>
    </message>
    <message>
        <source>Purposes the resident agrees to</source>
        <translation>Finalità accettate dalla persona</translation>
    </message>
    <message>
        <source>The resident is a &amp;minor</source>
        <translation>La persona è &amp;minorenne</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who consents</source>
        <translation>Nome del genitore o tutore che dà il consenso</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nome del tutore</translation>
    </message>
    <message>
        <source>Optional: a scan or photo of the signed form</source>
        <translation>Facoltativo: una scansione o una foto del modulo firmato</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scansione del modulo firmato</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</source>
        <translation>Scansioni (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</translation>
    </message>
    <message>
        <source>Tick at least one purpose, as the resident chose.</source>
        <translation>Spunta almeno una finalità, come ha scelto la persona.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s first name or a pseudonym.</source>
        <translation>Inserisci il nome o uno pseudonimo della persona.</translation>
    </message>
    <message>
        <source>Choose the language of the consent text.</source>
        <translation>Scegli la lingua del testo del consenso.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent must be given by a parent or guardian: enter their name.</source>
        <translation>Il consenso di un minore deve essere dato da un genitore o tutore: inseriscine il nome.</translation>
    </message>
    <message>
        <source>The scan cannot be used: %1</source>
        <translation>La scansione non può essere usata: %1</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your consent</source>
        <translation>Il suo consenso</translation>
    </message>
    <message>
        <source>What may the city do with your photo and your message?</source>
        <translation>Come può usare la città la sua foto e il suo messaggio?</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Scelga almeno un&apos;opzione.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>Quanti anni ha?</translation>
    </message>
    <message>
        <source>%1 or older</source>
        <translation>%1 anni o più</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Meno di %1 anni</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, grazie</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acconsento</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>not approved</source>
        <translation>non approvato</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>nessun consenso registrato</translation>
    </message>
    <message>
        <source>consent does not cover social media</source>
        <translation>il consenso non copre i social media</translation>
    </message>
    <message>
        <source>Student contest</source>
        <translation>Concorso per studenti</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
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
        <translation>Le opere di una categoria e la loro classifica</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Add entries…</source>
        <translation>Aggiungi opere…</translation>
    </message>
    <message>
        <source>Enter approved photos and clips in the contest</source>
        <translation>Iscrivi al concorso foto e clip approvate</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Rimuovi opera</translation>
    </message>
    <message>
        <source>Take the selected entry out of the contest, with its scores (the contribution stays)</source>
        <translation>Togli dal concorso l&apos;opera selezionata, con i suoi punteggi (il contributo resta)</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>Giurato:</translation>
    </message>
    <message>
        <source>The juror to rename or remove</source>
        <translation>Il giurato da rinominare o rimuovere</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Giurato</translation>
    </message>
    <message>
        <source>Add juror…</source>
        <translation>Aggiungi giurato…</translation>
    </message>
    <message>
        <source>Add a juror: a new score column</source>
        <translation>Aggiungi un giurato: una nuova colonna di punteggi</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Rename the chosen juror</source>
        <translation>Rinomina il giurato scelto</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Rimuovi giurato</translation>
    </message>
    <message>
        <source>Remove the chosen juror and every score they gave</source>
        <translation>Rimuovi il giurato scelto e tutti i punteggi che ha assegnato</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Scores of the entries</source>
        <translation>Punteggi delle opere</translation>
    </message>
    <message>
        <source>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</source>
        <translation>Digitare un punteggio (da 0 a 10, anche mezzi punti) nella colonna di un giurato e premere Enter</translation>
    </message>
    <message>
        <source>Ranking summary</source>
        <translation>Riepilogo della classifica</translation>
    </message>
    <message>
        <source>Winner&apos;s card</source>
        <translation>Card del vincitore</translation>
    </message>
    <message>
        <source>Allow a provisional winner</source>
        <translation>Consenti un vincitore provvisorio</translation>
    </message>
    <message>
        <source>Render the card before every juror has scored every entry</source>
        <translation>Genera la card prima che ogni giurato abbia valutato ogni opera</translation>
    </message>
    <message>
        <source>Render winner card</source>
        <translation>Genera card del vincitore</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Open the folder of the winner&apos;s cards</source>
        <translation>Apri la cartella delle card del vincitore</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>Card mostrata</translation>
    </message>
    <message>
        <source>Which of the rendered cards is shown</source>
        <translation>Quale delle card generate viene mostrata</translation>
    </message>
    <message>
        <source>Preview of the winner&apos;s card</source>
        <translation>Anteprima della card del vincitore</translation>
    </message>
    <message>
        <source>Open a project to run its student contest.</source>
        <translation>Aprire un progetto per gestirne il concorso per studenti.</translation>
    </message>
    <message>
        <source>No entries in this category yet: add approved contributions as entries.</source>
        <translation>Ancora nessuna opera in questa categoria: aggiungere come opere dei contributi approvati.</translation>
    </message>
    <message>
        <source>Add the jurors: each one gets a score column.</source>
        <translation>Aggiungere i giurati: ognuno riceve una colonna di punteggi.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Ancora nessun punteggio.</translation>
    </message>
    <message>
        <source>Ranking final. Winner: entry %1 (%2), mean %3.</source>
        <translation>Classifica definitiva. Vincitore: opera %1 (%2), media %3.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n score(s) still missing.</source>
        <translation>
            <numerusform>Classifica provvisoria: manca ancora %n punteggio.</numerusform>
            <numerusform>Classifica provvisoria: mancano ancora %n punteggi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leading: entry %1 (%2), mean %3.</source>
        <translation>In testa: opera %1 (%2), media %3.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Aprire prima un progetto.</translation>
    </message>
    <message>
        <source>There is no winner yet: no entry has a score.</source>
        <translation>Non c&apos;è ancora un vincitore: nessuna opera ha un punteggio.</translation>
    </message>
    <message>
        <source>The ranking is not final: every juror must score every entry (or allow a provisional winner).</source>
        <translation>La classifica non è definitiva: ogni giurato deve valutare ogni opera (oppure consentire un vincitore provvisorio).</translation>
    </message>
    <message>
        <source>The winner may not appear on a public card: %1</source>
        <translation>Il vincitore non può comparire su una card pubblica: %1</translation>
    </message>
    <message>
        <source>Render the winner&apos;s card, square and story, in each language of the project</source>
        <translation>Genera la card del vincitore, nei formati quadrato e storia, in ogni lingua del progetto</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annulla: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annulla (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Ripeti: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ripeti (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>score of entry %1 by %2</source>
        <translation>punteggio dell&apos;opera %1 da parte di %2</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Aggiungi giurato</translation>
    </message>
    <message>
        <source>Name of the juror:</source>
        <translation>Nome del giurato:</translation>
    </message>
    <message>
        <source>%1 joined the jury.</source>
        <translation>%1 fa ora parte della giuria.</translation>
    </message>
    <message>
        <source>Rename juror</source>
        <translation>Rinomina giurato</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nuovo nome di %1:</translation>
    </message>
    <message>
        <source>Remove %1 and every score they gave?</source>
        <translation>Rimuovere %1 e tutti i suoi punteggi?</translation>
    </message>
    <message>
        <source>%1 left the jury; their scores were removed.</source>
        <translation>%1 non fa più parte della giuria; i suoi punteggi sono stati rimossi.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added.</source>
        <translation>
            <numerusform>%n opera aggiunta.</numerusform>
            <numerusform>%n opere aggiunte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to remove first.</source>
        <translation>Selezionare prima l&apos;opera da rimuovere.</translation>
    </message>
    <message>
        <source>Take entry %1 out of the contest, with its scores?</source>
        <translation>Togliere l&apos;opera %1 dal concorso, con i suoi punteggi?</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card</source>
        <translation>Generazione della card del vincitore</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card…</source>
        <translation>Generazione della card del vincitore…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Annullato; nessun file scritto a metà è stato conservato.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n card scritta in %1</numerusform>
            <numerusform>%n card scritte in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name on the card: the winner is a minor or has no first name recorded)</source>
        <translation>(nessun nome sulla card: il vincitore è minorenne o non ha un nome registrato)</translation>
    </message>
    <message>
        <source>square</source>
        <translation>quadrato</translation>
    </message>
    <message>
        <source>story</source>
        <translation>storia</translation>
    </message>
    <message>
        <source>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</source>
        <translation>Nessuna card per ora. Quando ogni giurato ha votato ogni opera, genera la card del vincitore: comparirà qui.</translation>
    </message>
    <message>
        <source>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</source>
        <translation>%1 non è un punteggio: digitare un numero da 0 a 10, a intervalli di 0,5.</translation>
    </message>
    <message>
        <source>There is already a juror named %1.</source>
        <translation>Esiste già un giurato di nome %1.</translation>
    </message>
    <message>
        <source>Contribution %1 cannot enter the contest: %2</source>
        <translation>Il contributo %1 non può partecipare al concorso: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ranking is not final: %n score(s) still missing.</source>
        <translation>
            <numerusform>La classifica non è definitiva: manca ancora %n punteggio.</numerusform>
            <numerusform>La classifica non è definitiva: mancano ancora %n punteggi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The winner (entry %1) may not appear on a public card: %2</source>
        <translation>Il vincitore (opera %1) non può comparire su una card pubblica: %2</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvato</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ritirato</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>clip</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>manifesto stampato</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>video della città</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>condivisione nella rete</translation>
    </message>
    <message>
        <source>consent for every purpose</source>
        <translation>consenso per tutte le finalità</translation>
    </message>
    <message>
        <source>consent for some purposes</source>
        <translation>consenso per alcune finalità</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>consenso mancante</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributi</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importa &amp;file…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>Importa foto e clip (Ctrl+I); puoi anche trascinare qui i file</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Importa una &amp;cartella…</translation>
    </message>
    <message>
        <source>Import every photo and clip of a folder (Ctrl+Shift+I)</source>
        <translation>Importa tutte le foto e le clip di una cartella (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Approve the selected contributions (A)</source>
        <translation>Approva i contributi selezionati (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rifiuta…</translation>
    </message>
    <message>
        <source>Reject the selected contributions with a reason (R)</source>
        <translation>Rifiuta i contributi selezionati indicando un motivo (R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Edit the crops, message and alt text of the selected contribution (E or Enter)</source>
        <translation>Modifica ritagli, messaggio e testo alternativo del contributo selezionato (E o Enter)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registra c&amp;onsenso…</translation>
    </message>
    <message>
        <source>Record the consent a resident signed on paper for the selected contributions (C)</source>
        <translation>Registra il consenso firmato su carta da una persona per i contributi selezionati (C)</translation>
    </message>
    <message>
        <source>Consents from a CS&amp;V…</source>
        <translation>Consensi da un CS&amp;V…</translation>
    </message>
    <message>
        <source>Give a batch of contributions their consent from a CSV file, checked line by line</source>
        <translation>Assegna il consenso a un lotto di contributi da un file CSV, verificato riga per riga</translation>
    </message>
    <message>
        <source>Render &amp;photos</source>
        <translation>&amp;Genera foto</translation>
    </message>
    <message>
        <source>Frame every approved photo in every format, with alt text (Ctrl+R)</source>
        <translation>Applica la cornice a ogni foto approvata in ogni formato, con testo alternativo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Preview of the framed photo</source>
        <translation>Anteprima della foto con cornice</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Photos and clips</source>
        <translation>Foto e clip</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Qualsiasi consenso</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>Senza consenso</translation>
    </message>
    <message>
        <source>Show contributions with status</source>
        <translation>Mostra i contributi con stato</translation>
    </message>
    <message>
        <source>Show contributions with this status</source>
        <translation>Mostra i contributi con questo stato</translation>
    </message>
    <message>
        <source>Show photos, clips or both</source>
        <translation>Mostra foto, clip o entrambi</translation>
    </message>
    <message>
        <source>Show contributions in language</source>
        <translation>Mostra i contributi nella lingua</translation>
    </message>
    <message>
        <source>Show contributions whose message is in this language</source>
        <translation>Mostra i contributi il cui messaggio è in questa lingua</translation>
    </message>
    <message>
        <source>Show contributions by consent</source>
        <translation>Mostra i contributi in base al consenso</translation>
    </message>
    <message>
        <source>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</source>
        <translation>Senza consenso: nessun consenso registrato (o consenso ritirato); questi contributi sono esclusi da tutti i materiali</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>nessuna lingua</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contributo</numerusform>
            <numerusform>%n contributi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approvato</numerusform>
            <numerusform>%n approvati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rifiutato</numerusform>
            <numerusform>%n rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n ritirato</numerusform>
            <numerusform>%n ritirati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n senza consenso</numerusform>
            <numerusform>%n senza consenso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n visualizzato</numerusform>
            <numerusform>%n visualizzati</numerusform>
        </translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>Nessun contributo corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</source>
        <translation>Ancora nessun contributo. Trascina qui foto e clip, oppure usa Importa file (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selezionato</numerusform>
            <numerusform>%n selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>A approves them all, R rejects them all with one reason.</source>
        <translation>A li approva tutti, R li rifiuta tutti con un unico motivo.</translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</source>
        <translation>Seleziona un contributo per vederne i dettagli. A approva, R rifiuta, E o Enter modifica; Shift o Ctrl per selezionarne più di uno.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Testo alternativo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Given on %1 (%2), text version %3, in %4</source>
        <translation>Dato il %1 (%2), versione del testo %3, lingua: %4</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Tutore: %1</translation>
    </message>
    <message>
        <source>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</source>
        <translation>Per questo contributo non è registrato alcun consenso: è escluso da tutti i materiali finché non ne viene registrato uno. C registra un consenso firmato su carta.</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Creazione dell&apos;anteprima</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>Generazione delle foto</translation>
    </message>
    <message>
        <source>Import photos and clips</source>
        <translation>Importa foto e clip</translation>
    </message>
    <message>
        <source>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Foto e clip (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and clips</source>
        <translation>Importa una cartella di foto e clip</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ICC Studio — unexpected error</source>
        <translation>ICC Studio — errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</source>
        <translation>Si è verificato un problema: %1

Il progetto è al sicuro: tutto ciò che è stato salvato prima di questo momento è conservato. I dettagli sono nel file di log:
%2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Feed square</source>
        <translation>Post quadrato</translation>
    </message>
    <message>
        <source>Feed portrait</source>
        <translation>Post verticale</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Storia</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Immagine del profilo</translation>
    </message>
    <message>
        <source>X header</source>
        <translation>Intestazione X</translation>
    </message>
    <message>
        <source>Facebook cover</source>
        <translation>Copertina Facebook</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvato</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ritirato</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributi</translation>
    </message>
    <message>
        <source>Back to the contributions (Esc)</source>
        <translation>Torna ai contributi (Esc)</translation>
    </message>
    <message>
        <source>Back to the contributions</source>
        <translation>Torna ai contributi</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Previous contribution (Page Up)</source>
        <translation>Contributo precedente (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Next contribution (Page Down)</source>
        <translation>Contributo successivo (Page Down)</translation>
    </message>
    <message>
        <source>Reset to the proposal</source>
        <translation>Ripristina la proposta</translation>
    </message>
    <message>
        <source>Use the face-aware crop proposed for this format again (Ctrl+0)</source>
        <translation>Usa di nuovo il ritaglio proposto per questo formato in base ai volti (Ctrl+0)</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>Aree sicure</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Crop for the %1 (Alt+%2)</source>
        <translation>Ritaglio per il formato %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Crop for the %1</source>
        <translation>Ritaglio per il formato %1</translation>
    </message>
    <message>
        <source>Photo with the crop of the chosen format</source>
        <translation>Foto con il ritaglio del formato scelto</translation>
    </message>
    <message>
        <source>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</source>
        <translation>Trascina il rettangolo per spostarlo, trascina un angolo per ridimensionarlo. I tasti freccia lo spostano (Ctrl per piccoli passi), Shift+frecce lo ridimensionano. Page Up / Page Down: contributo precedente / successivo.</translation>
    </message>
    <message>
        <source>Choose a contribution on the Contributions page and press E to edit it.</source>
        <translation>Scegli un contributo nella pagina Contributi e premi E per modificarlo.</translation>
    </message>
    <message>
        <source>Preview of the output, drawn by the export renderer</source>
        <translation>Anteprima del risultato, disegnata dal motore di rendering dell&apos;esportazione</translation>
    </message>
    <message>
        <source>What the export will look like, drawn by the same renderer</source>
        <translation>Come apparirà l&apos;esportazione, disegnata dallo stesso motore di rendering</translation>
    </message>
    <message>
        <source>Show the platform&apos;s safe zones</source>
        <translation>Mostra le aree sicure della piattaforma</translation>
    </message>
    <message>
        <source>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</source>
        <translation>Aree coperte dall&apos;interfaccia dell&apos;app o tagliate dai suoi ritagli (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Messaggio:</translation>
    </message>
    <message>
        <source>Message shown on the photo</source>
        <translation>Messaggio mostrato sulla foto</translation>
    </message>
    <message>
        <source>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</source>
        <translation>Le parole della persona, mostrate nella frase del kit; salvate quando ti fermi o lasci il campo</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Lunghezza del messaggio</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Lingua del messaggio</translation>
    </message>
    <message>
        <source>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</source>
        <translation>La lingua del messaggio: determina la frase del kit e la direzione del testo</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Testo &amp;alternativo:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Testo alternativo</translation>
    </message>
    <message>
        <source>A description of the image for people who use a screen reader</source>
        <translation>Una descrizione dell&apos;immagine per chi usa un lettore di schermo</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</source>
        <translation>Descrive la foto per i lettori di schermo. Se lasciato vuoto, l&apos;esportazione usa la descrizione del kit con il messaggio.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Caricamento della foto…</translation>
    </message>
    <message>
        <source>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</source>
        <translation>Questa è una clip: tagliala nella pagina Clip. Il messaggio e il testo alternativo si possono modificare qui.</translation>
    </message>
    <message>
        <source>Loading the photo</source>
        <translation>Caricamento della foto</translation>
    </message>
    <message>
        <source>Move the crop of the %1</source>
        <translation>Sposta il ritaglio del formato %1</translation>
    </message>
    <message>
        <source>Reset the crop of the %1</source>
        <translation>Ripristina il ritaglio del formato %1</translation>
    </message>
    <message>
        <source>Crop set by hand</source>
        <translation>Ritaglio manuale</translation>
    </message>
    <message>
        <source>Proposed crop</source>
        <translation>Ritaglio proposto</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of %1</source>
        <translation>
            <numerusform>%n carattere su %1</numerusform>
            <numerusform>%n caratteri su %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): this kit allows at most %1. The message is not saved until it is shortened.</source>
        <translation>
            <numerusform>%n carattere di troppo: questo kit ne consente al massimo %1. Il messaggio non viene salvato finché non viene accorciato.</numerusform>
            <numerusform>%n caratteri di troppo: questo kit ne consente al massimo %1. Il messaggio non viene salvato finché non viene accorciato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Modifica il messaggio</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Modifica il testo alternativo</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambia la lingua</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annulla: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annulla (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Ripeti: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ripeti (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>Nessun contributo aperto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Creazione…</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Creazione dell&apos;anteprima</translation>
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
        <translation>Aggiungi opere</translation>
    </message>
    <message>
        <source>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</source>
        <translation>Scegliere le foto e le clip approvate da iscrivere al concorso (Ctrl o Shift per sceglierne più di una). Una foto entra nella categoria foto, una clip in quella video.</translation>
    </message>
    <message>
        <source>Approved contributions not entered yet</source>
        <translation>Contributi approvati non ancora iscritti</translation>
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
        <translation>Tutte le foto e le clip approvate sono già iscritte.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Errore imprevisto: %1</translation>
    </message>
    <message>
        <source>There is no ICC Studio project in %1.</source>
        <translation>In %1 non c&apos;è alcun progetto ICC Studio.</translation>
    </message>
    <message>
        <source>%1 already holds files or a project; choose a new or empty folder.</source>
        <translation>%1 contiene già dei file o un progetto; scegli una cartella nuova o vuota.</translation>
    </message>
    <message>
        <source>The project in %1 is damaged: %2</source>
        <translation>Il progetto in %1 è danneggiato: %2</translation>
    </message>
    <message>
        <source>The project in %1 was made by a newer version of ICC Studio.</source>
        <translation>Il progetto in %1 è stato creato con una versione più recente di ICC Studio.</translation>
    </message>
    <message>
        <source>The kit file %1 is not valid: %2</source>
        <translation>Il file del kit %1 non è valido: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 non è stato importato: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Impossibile scrivere %1: il disco è pieno. Libera spazio e riprova.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>Impossibile scrivere %1: il disco o la cartella è di sola lettura.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>Impossibile scrivere %1: non hai i permessi per scrivere in quella cartella.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is too large for that disk.</source>
        <translation>Impossibile scrivere %1: il file è troppo grande per quel disco.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk reported an error (was it unplugged?).</source>
        <translation>Impossibile scrivere %1: il disco ha segnalato un errore (è stato scollegato?).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>GuardianScreen</name>
    <message>
        <source>A parent or guardian must agree</source>
        <translation>Serve il consenso di un genitore o tutore</translation>
    </message>
    <message>
        <source>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</source>
        <translation>Sotto i %1 anni, anche un genitore o tutore legale deve dare il consenso. Gli chieda di leggere e compilare questa pagina.</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>Nome del genitore o tutore</translation>
    </message>
    <message>
        <source>I am the parent or guardian and I agree</source>
        <translation>Sono il genitore o tutore e acconsento</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, grazie</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapporto di importazione</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file importato</numerusform>
            <numerusform>%n file importati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicato</numerusform>
            <numerusform>%n duplicati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rifiutato</numerusform>
            <numerusform>%n rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</source>
        <translation>
            <numerusform>%n file era già nel progetto (la stessa immagine, con qualsiasi nome) e non è stato importato di nuovo: ogni riga indica il contributo di cui è un duplicato.</numerusform>
            <numerusform>%n file erano già nel progetto (la stessa immagine, con qualsiasi nome) e non sono stati importati di nuovo: ogni riga indica il contributo di cui il file è un duplicato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only duplicates and rejected files</source>
        <translation>Solo duplicati e file rifiutati</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Files of the import</source>
        <translation>File dell&apos;importazione</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicato</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>already contribution #%1</source>
        <translation>già presente (contributo n. %1)</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Interrompi questa operazione; non viene conservato nulla di incompleto</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Annulla l&apos;operazione in corso</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Avanzamento dell&apos;operazione in corso</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n secondo rimanente</numerusform>
            <numerusform>%n secondi rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Scelga la lingua</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>&amp;About ICC Studio</source>
        <translation>&amp;Informazioni su ICC Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Vai a %1</translation>
    </message>
    <message>
        <source>No project open — File › New project or File › Open project</source>
        <translation>Nessun progetto aperto — File › Nuovo progetto o File › Apri progetto</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Progetto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) of this project are missing from its folder.</source>
        <translation>
            <numerusform>%n file multimediale di questo progetto manca dalla sua cartella.</numerusform>
            <numerusform>%n file multimediali di questo progetto mancano dalla sua cartella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a campaign project</source>
        <translation>Apri un progetto di campagna</translation>
    </message>
    <message>
        <source>About ICC Studio</source>
        <translation>Informazioni su ICC Studio</translation>
    </message>
    <message>
        <source>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</source>
        <translation>ICC Studio %1

Materiali di campagna per la rete delle Città interculturali, realizzati offline, con consenso.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit?</source>
        <translation>
            <numerusform>%n operazione ancora in corso. Annullarla e uscire?</numerusform>
            <numerusform>%n operazioni ancora in corso. Annullarle e uscire?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Your first name or a nickname (optional)</source>
        <translation>Il suo nome o un soprannome (facoltativo)</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>Rifai la foto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caratteri</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Send a contribution package</source>
        <translation>Invia un pacchetto di contributi</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Esporta pacchetto…</translation>
    </message>
    <message>
        <source>Receive packages</source>
        <translation>Ricevi pacchetti</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Importa pacchetti…</translation>
    </message>
    <message>
        <source>Package and entries</source>
        <translation>Pacchetto e voci</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvati</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Withdrawal and erasure</source>
        <translation>Ritiro e cancellazione</translation>
    </message>
    <message>
        <source>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</source>
        <translation>Quando una persona ritira il consenso, cancellala: i suoi file, le copie, i rendering e le esportazioni vengono eliminati, i manifesti e i video in cui compariva vanno rifatti e il prossimo pacchetto chiede alle città partner e al coordinamento della rete di cancellarla a loro volta.</translation>
    </message>
    <message>
        <source>Contributor:</source>
        <translation>Partecipante:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consenso ritirato</translation>
    </message>
    <message>
        <source>Erase contributor…</source>
        <translation>Cancella partecipante…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Delete the originals this many days after the campaign day:</source>
        <translation>Elimina gli originali questo numero di giorni dopo la giornata della campagna:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Salva e applica</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>Rapporto sulla privacy</translation>
    </message>
    <message>
        <source>Show what this project stores about whom</source>
        <translation>Mostra quali dati conserva questo progetto e su chi</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Salva come JSON…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Audit log: approvals, packages, erasures, retention</source>
        <translation>Registro delle attività: approvazioni, pacchetti, cancellazioni, conservazione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Open a project to exchange packages with the network.</source>
        <translation>Apri un progetto per scambiare pacchetti con la rete.</translation>
    </message>
    <message>
        <source>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</source>
        <translation>Il pacchetto contiene i contributi approvati di ogni città il cui consenso copre la condivisione nella rete, e tutti gli avvisi di ritiro. Invialo alle città partner.</translation>
    </message>
    <message>
        <source>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</source>
        <translation>Il pacchetto contiene i contributi approvati il cui consenso copre la condivisione nella rete, senza nomi né metadati, e gli avvisi di ritiro. Invialo al coordinamento della rete.</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Rete — %1</translation>
    </message>
    <message>
        <source>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</source>
        <translation>Questo è il progetto del coordinamento della rete: raccoglie i pacchetti delle città e rimanda loro la selezione della rete.</translation>
    </message>
    <message>
        <source>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</source>
        <translation>Questo è il progetto di una città: invia il suo pacchetto al coordinamento della rete e riceve la selezione della rete.</translation>
    </message>
    <message>
        <source>Package from %1: revision %2, imported %3</source>
        <translation>Pacchetto da %1: revisione %2, importato il %3</translation>
    </message>
    <message>
        <source>No package imported yet.</source>
        <translation>Nessun pacchetto ancora importato.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n contribution(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n contributo)</numerusform>
            <numerusform>#%1 %2 (%n contributi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals are deleted after %1.</source>
        <translation>Gli originali vengono eliminati dopo %1.</translation>
    </message>
    <message>
        <source>Originals are kept until a contributor is erased.</source>
        <translation>Gli originali vengono conservati finché un partecipante non viene cancellato.</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Esporta pacchetto</translation>
    </message>
    <message>
        <source>Contribution packages (*.zip)</source>
        <translation>Pacchetti di contributi (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Esportazione del pacchetto</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 written to %2: %n contribution(s)</source>
        <translation>
            <numerusform>Revisione %1 scritta in %2: %n contributo</numerusform>
            <numerusform>Revisione %1 scritta in %2: %n contributi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal notice(s)</source>
        <translation>
            <numerusform>%n avviso di ritiro</numerusform>
            <numerusform>%n avvisi di ritiro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out (not approved, or no consent for re-share)</source>
        <translation>
            <numerusform>%n contributo escluso (non approvato o senza consenso alla condivisione)</numerusform>
            <numerusform>%n contributi esclusi (non approvati o senza consenso alla condivisione)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importa pacchetti</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>Importazione dei pacchetti</translation>
    </message>
    <message>
        <source>(the archive)</source>
        <translation>(l&apos;archivio)</translation>
    </message>
    <message>
        <source>checked, %1 bytes</source>
        <translation>verificato, %1 byte</translation>
    </message>
    <message>
        <source>%1, revision %2: already imported, nothing changed</source>
        <translation>%1, revisione %2: già importata, nessuna modifica</translation>
    </message>
    <message>
        <source>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</source>
        <translation>%1, revisione %2 — aggiunti: %3, aggiornati: %4, rimossi: %5, ritirati: %6</translation>
    </message>
    <message>
        <source>Refused: older than the package already imported from this city.</source>
        <translation>Rifiutato: più vecchio del pacchetto già importato da questa città.</translation>
    </message>
    <message>
        <source>Refused: entry %1: %2</source>
        <translation>Rifiutato: voce %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rifiutato: %1</translation>
    </message>
    <message>
        <source>unsafe name (%1)</source>
        <translation>nome non sicuro (%1)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un collegamento simbolico</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>an encrypted entry</source>
        <translation>una voce cifrata</translation>
    </message>
    <message>
        <source>an unsupported compression method</source>
        <translation>un metodo di compressione non supportato</translation>
    </message>
    <message>
        <source>name collides with another entry (%1)</source>
        <translation>nome in conflitto con un&apos;altra voce (%1)</translation>
    </message>
    <message>
        <source>too many entries (%1)</source>
        <translation>troppe voci (%1)</translation>
    </message>
    <message>
        <source>too large (%1)</source>
        <translation>troppo grande (%1)</translation>
    </message>
    <message>
        <source>suspicious compression ratio (a possible zip bomb)</source>
        <translation>rapporto di compressione sospetto (possibile zip bomb)</translation>
    </message>
    <message>
        <source>the manifest is not valid (%1)</source>
        <translation>il file manifest non è valido (%1)</translation>
    </message>
    <message>
        <source>made by a newer ICC Studio</source>
        <translation>creato con una versione più recente di ICC Studio</translation>
    </message>
    <message>
        <source>wrong checksum (%1)</source>
        <translation>checksum errato (%1)</translation>
    </message>
    <message>
        <source>a file the manifest does not declare</source>
        <translation>un file non dichiarato nel manifest</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>mancante (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>archivio danneggiato (%1)</translation>
    </message>
    <message>
        <source>overlapping entries (%1)</source>
        <translation>voci sovrapposte (%1)</translation>
    </message>
    <message>
        <source>this is this project&apos;s own package</source>
        <translation>è il pacchetto di questo stesso progetto</translation>
    </message>
    <message>
        <source>made for another campaign (%1)</source>
        <translation>creato per un&apos;altra campagna (%1)</translation>
    </message>
    <message>
        <source>same revision with other content</source>
        <translation>stessa revisione con contenuto diverso</translation>
    </message>
    <message>
        <source>Erase contributor</source>
        <translation>Cancella partecipante</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</source>
        <translation>Cancellare definitivamente %1?

Le sue foto e clip, e ogni loro copia, rendering ed esportazione, vengono eliminati; l&apos;operazione non si può annullare. I manifesti e i video in cui compariva vanno rifatti.</translation>
    </message>
    <message>
        <source>Erasing a contributor</source>
        <translation>Cancellazione di un partecipante</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n file(s) deleted</source>
        <translation>
            <numerusform>Cancellazione completata: %n file eliminato</numerusform>
            <numerusform>Cancellazione completata: %n file eliminati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to render again</source>
        <translation>
            <numerusform>%n materiale da rigenerare</numerusform>
            <numerusform>%n materiali da rigenerare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next package carries %n withdrawal notice(s) for them.</source>
        <translation>
            <numerusform>Il prossimo pacchetto conterrà %n avviso di ritiro per questa persona.</numerusform>
            <numerusform>Il prossimo pacchetto conterrà %n avvisi di ritiro per questa persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention setting</source>
        <translation>Applicazione dell&apos;impostazione di conservazione</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) deleted now.</source>
        <translation>
            <numerusform>%n originale eliminato ora.</numerusform>
            <numerusform>%n originali eliminati ora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the privacy report</source>
        <translation>Creazione del rapporto sulla privacy</translation>
    </message>
    <message>
        <source>minor, guardian %1</source>
        <translation>minorenne, tutore %1</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>da un pacchetto</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>ritirato il %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in vigore</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Consenso di %1</translation>
    </message>
    <message>
        <source> — signed form kept</source>
        <translation> — modulo firmato conservato</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contributo n. %1</translation>
    </message>
    <message>
        <source>%1 stored files, %2 renders</source>
        <translation>file archiviati: %1, rendering: %2</translation>
    </message>
    <message>
        <source>originals deleted after %1</source>
        <translation>originali eliminati dopo %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostato</translation>
    </message>
    <message>
        <source>Withdrawal notices</source>
        <translation>Avvisi di ritiro</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>manifesto stampato</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>video della città</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>condivisione nella rete</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Salva il rapporto sulla privacy</translation>
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
        <translation>Nuovo progetto di campagna</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Cartella del progetto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>Per esempio: Lisbona</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nome della città</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>Kit della campagna</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>Lingue della campagna</translation>
    </message>
    <message>
        <source>The languages of the city&apos;s campaign; captions and posters use them</source>
        <translation>Le lingue della campagna della città; sono usate per didascalie e manifesti</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Lingue:</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Anno della campagna</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Choose an empty folder for the project</source>
        <translation>Scegli una cartella vuota per il progetto</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Scegli una cartella per il progetto.</translation>
    </message>
    <message>
        <source>Enter the city&apos;s name.</source>
        <translation>Inserisci il nome della città.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Scegli almeno una lingua.</translation>
    </message>
</context>
<context>
    <name>NoCameraScreen</name>
    <message>
        <source>The camera is not available at the moment</source>
        <translation>La fotocamera non è disponibile al momento</translation>
    </message>
    <message>
        <source>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</source>
        <translation>Avvisi un membro del personale. La postazione riprenderà da sola appena la fotocamera tornerà disponibile.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avanzamento di %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Interrompi questa operazione; non viene conservato nulla di incompleto</translation>
    </message>
    <message>
        <source>Waiting for the previous render</source>
        <translation>In attesa della generazione precedente</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Show the rendered files in the file manager</source>
        <translation>Mostra i file generati nel gestore file</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-finished was kept</source>
        <translation>Annullato; non è stato conservato nulla di incompleto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%n second(s) left</source>
        <translation>ancora %n s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Materiali</translation>
    </message>
    <message>
        <source>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</source>
        <translation>Scegli cosa generare. Sono inclusi solo i contributi approvati il cui partecipante ha acconsentito a quell&apos;uso; gli altri sono elencati con il motivo.</translation>
    </message>
    <message>
        <source>What to render</source>
        <translation>Cosa generare</translation>
    </message>
    <message>
        <source>Framed photos</source>
        <translation>Foto con cornice</translation>
    </message>
    <message>
        <source>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</source>
        <translation>Ogni foto approvata nella cornice del kit: post quadrato e verticale, storia, immagine del profilo, intestazione X</translation>
    </message>
    <message>
        <source>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</source>
        <translation>Ogni foto approvata in cinque formati, con testo alternativo; le foto invariate non vengono rigenerate.</translation>
    </message>
    <message>
        <source>Per-city video</source>
        <translation>Video della città</translation>
    </message>
    <message>
        <source>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</source>
        <translation>Cartello iniziale, le foto con un leggero movimento e le loro didascalie, le clip, cartello finale; con sottotitoli e fotogramma di copertina</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versioni:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>Target length:</source>
        <translation>Durata prevista:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The time each photo is shown adapts so that the video lasts this long</source>
        <translation>Il tempo di visualizzazione di ogni foto si adatta perché il video abbia questa durata</translation>
    </message>
    <message>
        <source>Music:</source>
        <translation>Musica:</translation>
    </message>
    <message>
        <source>No music (optional)</source>
        <translation>Nessuna musica (facoltativo)</translation>
    </message>
    <message>
        <source>Music file</source>
        <translation>File musicale</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>A music track: faded in and out, lowered while residents speak</source>
        <translation>Una traccia musicale: con dissolvenza in entrata e in uscita, abbassata mentre parlano i residenti</translation>
    </message>
    <message>
        <source>Burn the clips&apos; subtitles into the picture</source>
        <translation>Imprimi i sottotitoli delle clip nell&apos;immagine</translation>
    </message>
    <message>
        <source>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</source>
        <translation>Ogni clip approvata nel formato di consegna (9:16), con la didascalia e il volume uniformato</translation>
    </message>
    <message>
        <source>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</source>
        <translation>Il manifesto A2 (PDF per la stampa e PNG) e la versione social; altre scelte nella pagina Manifesto collage</translation>
    </message>
    <message>
        <source>One post per day before the day, in each language, square and story</source>
        <translation>Un post al giorno prima della giornata, in ogni lingua, quadrato e storia</translation>
    </message>
    <message>
        <source>X header and Facebook cover with the city&apos;s name</source>
        <translation>Intestazione X e copertina Facebook con il nome della città</translation>
    </message>
    <message>
        <source>A6 postcards, front and back, and sheets of four on A4</source>
        <translation>Cartoline A6, fronte e retro, e fogli da quattro in A4</translation>
    </message>
    <message>
        <source>An A3 poster and a square post per speaker saved on the Quote posters page</source>
        <translation>Un poster A3 e un post quadrato per ogni persona citata salvata nella pagina Poster con citazioni</translation>
    </message>
    <message>
        <source>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</source>
        <translation>La card del vincitore del concorso fotografico, quadrata e storia, in ogni lingua (quando ogni giurato ha votato ogni opera)</translation>
    </message>
    <message>
        <source>Twelve months with one contribution each, A4 and A3</source>
        <translation>Dodici mesi con un contributo ciascuno, A4 e A3</translation>
    </message>
    <message>
        <source>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</source>
        <translation>Il sito della campagna: una cartella da pubblicare su qualsiasi hosting o da aprire da una chiavetta USB (generalo per ultimo)</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Genera</translation>
    </message>
    <message>
        <source>Render the chosen outputs in the background</source>
        <translation>Genera in background i materiali scelti</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Render jobs</source>
        <translation>Operazioni di generazione</translation>
    </message>
    <message>
        <source>Open a project to render its outputs.</source>
        <translation>Apri un progetto per generarne i materiali.</translation>
    </message>
    <message>
        <source>Choose a music track</source>
        <translation>Scegli una traccia musicale</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</source>
        <translation>File audio (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <source>Per-city video (%1)</source>
        <translation>Video della città (%1)</translation>
    </message>
    <message>
        <source>Resident clips</source>
        <translation>Clip dei residenti</translation>
    </message>
    <message>
        <source>Collage poster</source>
        <translation>Manifesto collage</translation>
    </message>
    <message>
        <source>Countdown posts</source>
        <translation>Post del conto alla rovescia</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Postcards</source>
        <translation>Cartoline</translation>
    </message>
    <message>
        <source>Quote posters</source>
        <translation>Manifesti con citazione</translation>
    </message>
    <message>
        <source>Contest winner&apos;s card</source>
        <translation>Card del vincitore del concorso</translation>
    </message>
    <message>
        <source>Diversity calendar</source>
        <translation>Calendario della diversità</translation>
    </message>
    <message>
        <source>Campaign gallery (website)</source>
        <translation>Galleria della campagna (sito web)</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) rendered</source>
        <translation>
            <numerusform>%n materiale generato</numerusform>
            <numerusform>%n materiali generati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versione</numerusform>
            <numerusform>%n versioni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, %2 s per photo</source>
        <translation>%1 s, %2 s per foto</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contributo escluso</numerusform>
            <numerusform>%n contributi esclusi</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>#%1 left out: %2</source>
        <translation>#%1 escluso: %2</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Solo per il personale: inserire il PIN per uscire dalla postazione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Troppi PIN errati. Riprovare tra %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errato.</translation>
    </message>
</context>
<context>
    <name>PortraitChooser</name>
    <message>
        <source>Choose a portrait</source>
        <translation>Scegli un ritratto</translation>
    </message>
    <message>
        <source>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</source>
        <translation>Foto approvate. Un ritratto compare solo nei materiali coperti dal suo consenso: il manifesto A3 richiede la stampa, il quadrato i social media.</translation>
    </message>
    <message>
        <source>Approved photos</source>
        <translation>Foto approvate</translation>
    </message>
    <message>
        <source>square only</source>
        <translation>solo quadrato</translation>
    </message>
    <message>
        <source>A3 poster only</source>
        <translation>solo manifesto A3</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>manifesto stampato</translation>
    </message>
    <message>
        <source>no print consent</source>
        <translation>nessun consenso alla stampa</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>no social-media consent</source>
        <translation>nessun consenso per i social media</translation>
    </message>
    <message>
        <source>No approved photo has consent for print or social media yet.</source>
        <translation>Nessuna foto approvata ha ancora il consenso per la stampa o per i social media.</translation>
    </message>
    <message>
        <source>Loading thumbnails</source>
        <translation>Caricamento delle miniature</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Look at the camera and smile!</source>
        <translation>Guardi la fotocamera e sorrida!</translation>
    </message>
    <message>
        <source>You appear as in a mirror. The photo itself will not be mirrored.</source>
        <translation>Si vede come in uno specchio. La foto vera e propria non sarà specchiata.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Scatta la foto</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quote posters</source>
        <translation>Manifesti con citazione</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Persone citate</translation>
    </message>
    <message>
        <source>Every speaker gets the same poster and the same maximum quote length</source>
        <translation>Ogni persona ha lo stesso manifesto e la stessa lunghezza massima della citazione</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Rimuovi la persona selezionata</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Move the selected speaker up (the posters are numbered in this order)</source>
        <translation>Sposta in alto la persona selezionata (i manifesti sono numerati in questo ordine)</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Sposta persona in alto</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Sposta in basso la persona selezionata</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Sposta persona in basso</translation>
    </message>
    <message>
        <source>&amp;Render quote posters</source>
        <translation>&amp;Genera manifesti con citazione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop rendering; nothing half-written is kept</source>
        <translation>Interrompi la generazione; nessun file scritto a metà viene conservato</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>Avanzamento della generazione</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Open the folder of the rendered quote posters</source>
        <translation>Apri la cartella dei manifesti con citazione generati</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Persona citata</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>Ritratto:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citazione:</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Nome della persona</translation>
    </message>
    <message>
        <source>For example: Claire Dubois</source>
        <translation>Ad esempio: Giulia Rossi</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Ruolo della persona</translation>
    </message>
    <message>
        <source>For example: Mayor of the city</source>
        <translation>Ad esempio: Sindaco della città</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Lingua della citazione</translation>
    </message>
    <message>
        <source>The quotation marks and the writing direction follow the language</source>
        <translation>Le virgolette e la direzione di scrittura seguono la lingua</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>Contributo…</translation>
    </message>
    <message>
        <source>Take the portrait from an approved photo of the project</source>
        <translation>Prendi il ritratto da una foto approvata del progetto</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>An official portrait: the image is copied into the project</source>
        <translation>Un ritratto ufficiale: l&apos;immagine viene copiata nel progetto</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>Nessun ritratto</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Ritratto</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>At most %1 characters, the same for every speaker</source>
        <translation>Al massimo %1 caratteri, lo stesso limite per tutte le persone</translation>
    </message>
    <message>
        <source>Quote length</source>
        <translation>Lunghezza della citazione</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>&amp;Quadrato</translation>
    </message>
    <message>
        <source>The 1080×1080 square for social media</source>
        <translation>Il quadrato 1080×1080 per i social media</translation>
    </message>
    <message>
        <source>A&amp;3 poster</source>
        <translation>Manifesto A&amp;3</translation>
    </message>
    <message>
        <source>The A3 print poster, with its bleed and crop marks</source>
        <translation>Il manifesto A3 per la stampa, con abbondanza e segni di taglio</translation>
    </message>
    <message>
        <source>Preview of the quote poster</source>
        <translation>Anteprima del manifesto con citazione</translation>
    </message>
    <message>
        <source>Open a project to make its quote posters.</source>
        <translation>Aprire un progetto per crearne i manifesti con citazione.</translation>
    </message>
    <message>
        <source>(new speaker)</source>
        <translation>(nuova persona)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n carattere in più</numerusform>
            <numerusform>%n caratteri in più</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a speaker to make quote posters.</source>
        <translation>Aggiungere una persona per creare i manifesti con citazione.</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>persona %1</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %1 is %n character(s) over the limit of %2 that every speaker has.</source>
        <translation>
            <numerusform>La citazione di %1 supera di %n carattere il limite di %2 comune a tutte le persone.</numerusform>
            <numerusform>La citazione di %1 supera di %n caratteri il limite di %2 comune a tutte le persone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 has no name.</source>
        <translation>La persona %1 non ha un nome.</translation>
    </message>
    <message>
        <source>%1 has no quote yet.</source>
        <translation>%1 non ha ancora una citazione.</translation>
    </message>
    <message>
        <source>A3 print poster and 1080×1080 square for every speaker</source>
        <translation>Manifesto A3 per la stampa e quadrato 1080×1080 per ogni persona</translation>
    </message>
    <message>
        <source>Choose a portrait</source>
        <translation>Scegli un ritratto</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Immagini (%1)</translation>
    </message>
    <message>
        <source>Copying the portrait</source>
        <translation>Copia del ritratto</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Copia di %1…</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contributo n. %1</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in the project</source>
        <translation>Il contributo n. %1 non fa più parte del progetto</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>File immagine</translation>
    </message>
    <message>
        <source>Drawing the quote poster preview</source>
        <translation>Creazione dell&apos;anteprima del manifesto con citazione</translation>
    </message>
    <message>
        <source>The A3 poster</source>
        <translation>Il manifesto A3</translation>
    </message>
    <message>
        <source>The square</source>
        <translation>Il quadrato</translation>
    </message>
    <message>
        <source>%1 will not be made: the portrait&apos;s %2.</source>
        <translation>%1 non verrà generato (ritratto: %2).</translation>
    </message>
    <message>
        <source>Rendering the quote posters</source>
        <translation>Generazione dei manifesti con citazione</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generazione…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Annullato; nessun file scritto a metà è stato conservato.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Generazione di %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file scritto in %1</numerusform>
            <numerusform>%n file scritti in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Portraits left out: %1</source>
        <translation>Ritratti esclusi: %1</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not a portrait of a resident</source>
        <translation>Non è il ritratto di un residente</translation>
    </message>
    <message>
        <source>Blurred, too dark or too small</source>
        <translation>Sfocata, troppo scura o troppo piccola</translation>
    </message>
    <message>
        <source>Inappropriate content</source>
        <translation>Contenuto inappropriato</translation>
    </message>
    <message>
        <source>Other people in the photo have not consented</source>
        <translation>Altre persone nella foto non hanno dato il consenso</translation>
    </message>
    <message>
        <source>Same photo as another contribution</source>
        <translation>Stessa foto di un altro contributo</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n contribution(s) rejected?</source>
        <translation>
            <numerusform>Perché rifiutare %n contributo?</numerusform>
            <numerusform>Perché rifiutare questi %n contributi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a reason or pick one given before</source>
        <translation>Scrivi un motivo o scegline uno già usato</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Motivo del rifiuto</translation>
    </message>
    <message>
        <source>Kept with each contribution and in the audit log</source>
        <translation>Conservato con ogni contributo e nel registro delle attività</translation>
    </message>
    <message>
        <source>The reason is kept with each contribution and in the project&apos;s audit log.</source>
        <translation>Il motivo viene conservato con ogni contributo e nel registro delle attività del progetto.</translation>
    </message>
</context>
<context>
    <name>RenderReportDialog</name>
    <message>
        <source>Rendered photos</source>
        <translation>Foto generate</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n file generato</numerusform>
            <numerusform>%n file generati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contributo escluso</numerusform>
            <numerusform>%n contributi esclusi</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>escluso</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like this photo?</source>
        <translation>Le piace questa foto?</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Rifai la foto</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Conserva questa foto</translation>
    </message>
</context>
<context>
    <name>SafeZones</name>
    <message>
        <source>Top bar of the app</source>
        <translation>Barra superiore dell&apos;app</translation>
    </message>
    <message>
        <source>Reply bar</source>
        <translation>Barra di risposta</translation>
    </message>
    <message>
        <source>Circular crop</source>
        <translation>Ritaglio circolare</translation>
    </message>
    <message>
        <source>Mobile crop</source>
        <translation>Ritaglio mobile</translation>
    </message>
    <message>
        <source>Desktop crop</source>
        <translation>Ritaglio desktop</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Immagine del profilo</translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation>Area sicura</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <source>Saving your portrait…</source>
        <translation>Salvataggio del ritratto…</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score of %1</source>
        <translation>Punteggio di %1</translation>
    </message>
    <message>
        <source>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</source>
        <translation>Da 0 a 10 a intervalli di 0,5 (7,5 o 7.5); vuoto: nessun punteggio</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>Nota per la giuria</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry</source>
        <translation>Opera</translation>
    </message>
    <message>
        <source>Note (school, class)</source>
        <translation>Nota (scuola, classe)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Indicazioni</translation>
    </message>
    <message>
        <source>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</source>
        <translation>Punteggi di %1: da 0 a 10 a intervalli di 0,5. Digitare un punteggio e premere Enter; cancellarlo per lasciare l&apos;opera senza punteggio.</translation>
    </message>
    <message>
        <source>For the jury only: never printed on a card.</source>
        <translation>Solo per la giuria: non compare mai su una card.</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; scores.</source>
        <translation>La media dei punteggi dei giurati.</translation>
    </message>
    <message>
        <source>Equal means: more scores first, then the higher median, then the entry submitted first.</source>
        <translation>A parità di media: prima il maggior numero di punteggi, poi la mediana più alta, poi l&apos;opera inviata per prima.</translation>
    </message>
    <message>
        <source>No score from %1 yet</source>
        <translation>Ancora nessun punteggio da %1</translation>
    </message>
    <message>
        <source>%1 gave %2</source>
        <translation>%1 ha assegnato %2</translation>
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
        <translation>nessun punteggio</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Opera %1, %2: %3</translation>
    </message>
    <message>
        <source>Entry %1 by %2</source>
        <translation>Opera %1 di %2</translation>
    </message>
    <message>
        <source>Left out: not approved any more</source>
        <translation>Esclusa: non più approvata</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n score(s) missing</source>
        <translation>
            <numerusform>Incompleto: manca %n punteggio</numerusform>
            <numerusform>Incompleto: mancano %n punteggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie settled by more scores</source>
        <translation>Parità risolta dal numero di punteggi</translation>
    </message>
    <message>
        <source>Tie settled by the median</source>
        <translation>Parità risolta dalla mediana</translation>
    </message>
    <message>
        <source>Tie settled by the earlier entry</source>
        <translation>Parità risolta dall&apos;opera inviata prima</translation>
    </message>
    <message>
        <source>Not on a public card: %1</source>
        <translation>Esclusa dalle card pubbliche: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Lingua dell&apos;interfaccia:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Usa la lingua del sistema (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</source>
        <translation>La lingua di menu, pagine e messaggi; cambia subito. Le lingue della campagna si impostano in ogni progetto.</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Cartella di &amp;esportazione predefinita:</translation>
    </message>
    <message>
        <source>Each project&apos;s own exports folder</source>
        <translation>La cartella delle esportazioni di ogni progetto</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Cartella di esportazione predefinita</translation>
    </message>
    <message>
        <source>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</source>
        <translation>Dove vengono scritti i file generati, in una cartella per città. Lasciare vuoto per conservarli nella cartella delle esportazioni di ogni progetto.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Scegli la cartella di esportazione predefinita</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Scegli la cartella in una finestra di dialogo</translation>
    </message>
    <message>
        <source>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</source>
        <translation>Foto, manifesti, banner e sito web vanno in &lt;cartella&gt;/&lt;città&gt;/…; il video della città e le clip dei residenti restano nel progetto. I file esportati fuori dalla cartella del progetto non vengono eliminati quando un residente ritira il consenso: eliminarli manualmente.</translation>
    </message>
    <message>
        <source>&amp;Worker processes:</source>
        <translation>&amp;Processi di lavoro:</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>Numero di processi di lavoro</translation>
    </message>
    <message>
        <source>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</source>
        <translation>Quanti processi decodificano e generano le foto contemporaneamente. Più processi sono più veloci su un computer con molti core; meno processi lasciano il computer libero per altro lavoro. Predefinito: uno per core (%1). Si applica alla prossima importazione o generazione.</translation>
    </message>
    <message>
        <source>Put every setting back to its default value (saved with OK)</source>
        <translation>Riporta ogni impostazione al valore predefinito (da salvare con OK)</translation>
    </message>
    <message>
        <source>Save and apply the settings</source>
        <translation>Salva e applica le impostazioni</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Chiudi senza modificare nulla</translation>
    </message>
    <message>
        <source>“%1” is not a full path: choose the folder with Browse….</source>
        <translation>“%1” non è un percorso completo: scegliere la cartella con Sfoglia….</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 è un file, non una cartella.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Impossibile creare la cartella %1: %2</translation>
    </message>
    <message>
        <source>ICC Studio cannot write in %1: %2</source>
        <translation>ICC Studio non può scrivere in %1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2</source>
        <translation>Impossibile salvare le impostazioni in %1: %2</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</source>
        <translation>Il team della città esaminerà il ritratto prima della pubblicazione. Per ritirare il consenso in seguito, si rivolga a questo banco.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
</context>
</TS>
