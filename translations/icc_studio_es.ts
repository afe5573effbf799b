<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your portrait for the campaign: it takes two minutes.</source>
        <translation>Hágase un retrato para la campaña: solo son dos minutos.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Toque aquí para empezar</translation>
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
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Kit artwork</source>
        <translation>Gráficos del kit</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtags:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Límites:</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>Inicio de la cuenta atrás:</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>El día:</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Seguimiento hasta:</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Create a project with File › New project, or open one with File › Open project.</source>
        <translation>Cree un proyecto con Archivo › Nuevo proyecto o abra uno con Archivo › Abrir proyecto.</translation>
    </message>
    <message>
        <source>messages up to %1 characters; clips up to %2 s</source>
        <translation>mensajes de hasta %1 caracteres; clips de hasta %2 s</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>Creando la vista previa del kit</translation>
    </message>
    <message>
        <source>Preview of a square post</source>
        <translation>Vista previa de una publicación cuadrada</translation>
    </message>
    <message>
        <source>Preview of a story</source>
        <translation>Vista previa de una historia</translation>
    </message>
    <message>
        <source>Preview of a profile picture</source>
        <translation>Vista previa de una foto de perfil</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Event capture</source>
        <translation>Captura en el evento</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Detener la cámara</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Iniciar la cámara</translation>
    </message>
    <message>
        <source>&amp;Take the portrait</source>
        <translation>&amp;Hacer el retrato</translation>
    </message>
    <message>
        <source>&amp;Take it again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Take the portrait (Ctrl+T)</source>
        <translation>Hacer el retrato (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pick photos from a camera card…</source>
        <translation>Elegir &amp;fotos de una tarjeta de memoria…</translation>
    </message>
    <message>
        <source>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</source>
        <translation>Haga el retrato de la persona o elija sus fotos y, después, rellene el consentimiento con ella. No se conserva nada hasta que pulse Conservar.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>Soy…</translation>
    </message>
    <message>
        <source>The resident&apos;s message (optional)</source>
        <translation>Mensaje de la persona (opcional)</translation>
    </message>
    <message>
        <source>The resident&apos;s message</source>
        <translation>Mensaje de la persona</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Forget this resident&apos;s picture and form</source>
        <translation>Olvidar la foto y el formulario de esta persona</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Keep the picture with its consent (Ctrl+Enter)</source>
        <translation>Conservar la foto con su consentimiento (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1</source>
        <translation>No se puede abrir la cámara: %1</translation>
    </message>
    <message>
        <source>The camera is not answering: check its cable. It will be used again as soon as it is back.</source>
        <translation>La cámara no responde: compruebe el cable. Se volverá a usar en cuanto vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>The resident&apos;s photos</source>
        <translation>Fotos de la persona</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) picked:</source>
        <translation>
            <numerusform>%n foto elegida:</numerusform>
            <numerusform>%n fotos elegidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the camera, or pick photos from a camera card.</source>
        <translation>Inicie la cámara o elija fotos de una tarjeta de memoria.</translation>
    </message>
    <message>
        <source>Take the portrait or pick the photos first.</source>
        <translation>Primero haga el retrato o elija las fotos.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>El mensaje tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Keeping the portrait</source>
        <translation>Guardando el retrato</translation>
    </message>
    <message>
        <source>Keeping the photos</source>
        <translation>Guardando las fotos</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n contribution(s), pending review.</source>
        <translation>
            <numerusform>Conservada: %n contribución, pendiente de revisión.</numerusform>
            <numerusform>Conservadas: %n contribuciones, pendientes de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>No se ha conservado nada: %1</translation>
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
        <translation>◀ Fotograma</translation>
    </message>
    <message>
        <source>One frame back (← or ,)</source>
        <translation>Un fotograma atrás (← o ,)</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Fotograma ▶</translation>
    </message>
    <message>
        <source>One frame forward (→ or .)</source>
        <translation>Un fotograma adelante (→ o .)</translation>
    </message>
    <message>
        <source>Set &amp;in</source>
        <translation>Marcar &amp;entrada</translation>
    </message>
    <message>
        <source>The part starts here (I); Shift+I goes to the in-point</source>
        <translation>El fragmento empieza aquí (I); Shift+I va al punto de entrada</translation>
    </message>
    <message>
        <source>Set &amp;out</source>
        <translation>Marcar &amp;salida</translation>
    </message>
    <message>
        <source>The part ends here (O); Shift+O goes to the out-point</source>
        <translation>El fragmento termina aquí (O); Shift+O va al punto de salida</translation>
    </message>
    <message>
        <source>Use the whole clip</source>
        <translation>Usar el clip completo</translation>
    </message>
    <message>
        <source>Preview normalised</source>
        <translation>Vista previa normalizada</translation>
    </message>
    <message>
        <source>Play the part as it will be delivered: format, crop or padding, loudness, caption</source>
        <translation>Reproducir el fragmento tal como se entregará: formato, recorte o relleno, volumen, subtítulo</translation>
    </message>
    <message>
        <source>Back to the clip</source>
        <translation>Volver al clip</translation>
    </message>
    <message>
        <source>Campaign frame</source>
        <translation>Marco de la campaña</translation>
    </message>
    <message>
        <source>Crop or pad (automatic)</source>
        <translation>Recortar o rellenar (automático)</translation>
    </message>
    <message>
        <source>Crop around faces</source>
        <translation>Recortar en torno a las caras</translation>
    </message>
    <message>
        <source>Pad with a blurred copy</source>
        <translation>Rellenar con una copia desenfocada</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>Formato de salida</translation>
    </message>
    <message>
        <source>How the picture fills the format</source>
        <translation>Cómo llena la imagen el formato</translation>
    </message>
    <message>
        <source>Clip player</source>
        <translation>Reproductor de clips</translation>
    </message>
    <message>
        <source>Timeline with the in and out points</source>
        <translation>Línea de tiempo con los puntos de entrada y salida</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space or K); L plays faster, J jumps back a second</source>
        <translation>Reproducir o pausar (Space o K); L acelera, J retrocede un segundo</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>This project has no clips yet: import them on the Contributions page.</source>
        <translation>Este proyecto aún no tiene clips: impórtelos en la página Contribuciones.</translation>
    </message>
    <message>
        <source>Preparing the clip for playback…</source>
        <translation>Preparando el clip para reproducirlo…</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Preparando el clip</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>fotograma %1</translation>
    </message>
    <message>
        <source>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</source>
        <translation>El fragmento duraría %1 s, más que el máximo de %2 s por clip de residente de esta campaña. Mueva el punto de entrada o el de salida.</translation>
    </message>
    <message>
        <source>These in and out points do not fit the clip: %1</source>
        <translation>Estos puntos de entrada y salida no encajan en el clip: %1</translation>
    </message>
    <message>
        <source>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</source>
        <translation>Fragmento usado: de %1 s a %2 s (%3 s); esta campaña permite %4 s por clip de residente.</translation>
    </message>
    <message>
        <source>The clip is longer: set in and out points.</source>
        <translation>El clip es más largo: marque los puntos de entrada y salida.</translation>
    </message>
    <message>
        <source>Preview of the normalised clip</source>
        <translation>Vista previa del clip normalizado</translation>
    </message>
    <message>
        <source>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</source>
        <translation>El fragmento dura %1 s, más que el máximo de %2 s por clip de residente de esta campaña: marque primero los puntos de entrada y salida.</translation>
    </message>
    <message>
        <source>Showing the normalised preview (%1).</source>
        <translation>Mostrando la vista previa normalizada (%1).</translation>
    </message>
</context>
<context>
    <name>CollagePage</name>
    <message>
        <source>Collage poster</source>
        <translation>Cartel collage</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Cartel</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <source>Arrangement (seed):</source>
        <translation>Disposición (semilla):</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Línea de créditos</translation>
    </message>
    <message>
        <source>A line of first names under the photos: adults whose consent covers print.</source>
        <translation>Una línea de nombres bajo las fotos: adultos cuyo consentimiento cubre la impresión.</translation>
    </message>
    <message>
        <source>Render poster</source>
        <translation>Generar cartel</translation>
    </message>
    <message>
        <source>Justified rows</source>
        <translation>Filas justificadas</translation>
    </message>
    <message>
        <source>Justified columns</source>
        <translation>Columnas justificadas</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>Cuadrícula regular</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Preview of the collage poster</source>
        <translation>Vista previa del cartel collage</translation>
    </message>
    <message>
        <source>Open a project to make its collage poster.</source>
        <translation>Abra un proyecto para crear su cartel collage.</translation>
    </message>
    <message>
        <source>Drawing the collage preview</source>
        <translation>Creando la vista previa del collage</translation>
    </message>
    <message>
        <source>Too small to print: %1</source>
        <translation>Demasiado pequeño para imprimir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose consent covers print; smallest tile %1 mm.</source>
        <translation>
            <numerusform>%n foto con consentimiento para impresión; mosaico más pequeño: %1 mm.</numerusform>
            <numerusform>%n fotos con consentimiento para impresión; mosaico más pequeño: %1 mm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the collage poster</source>
        <translation>Generando el cartel collage</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelado; no se ha conservado nada escrito a medias.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n archivo escrito en %1</numerusform>
            <numerusform>%n archivos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</source>
        <translation>Con %1 fotos, los mosaicos se imprimirían a %2 mm, por debajo del mínimo del kit de %3 mm. Use %4 páginas o un papel más grande.</translation>
    </message>
</context>
<context>
    <name>ConsentCsv</name>
    <message>
        <source>Consents of a batch (CSV)</source>
        <translation>Consentimientos de un lote (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was applied.</source>
        <translation>
            <numerusform>%n problema encontrado en %1; no se ha aplicado nada.</numerusform>
            <numerusform>%n problemas encontrados en %1; no se ha aplicado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents not applied</source>
        <translation>Consentimientos no aplicados</translation>
    </message>
    <message numerus="yes">
        <source>Give %n contribution(s) their consent from %1?</source>
        <translation>
            <numerusform>¿Asignar a %n contribución el consentimiento indicado en %1?</numerusform>
            <numerusform>¿Asignar a %n contribuciones los consentimientos indicados en %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply consents</source>
        <translation>Aplicar consentimientos</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Social media and the campaign website</source>
        <translation>Redes sociales y sitio web de la campaña</translation>
    </message>
    <message>
        <source>Printed posters, postcards and the calendar</source>
        <translation>Carteles impresos, postales y el calendario</translation>
    </message>
    <message>
        <source>The city&apos;s campaign video</source>
        <translation>El vídeo de la campaña de la ciudad</translation>
    </message>
    <message>
        <source>Sharing with the Intercultural Cities network and partner cities</source>
        <translation>Compartir con la red de Ciudades interculturales y ciudades socias</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Registrar un consentimiento en papel</translation>
    </message>
    <message numerus="yes">
        <source>Consent for %n contribution(s), as the resident signed it on paper.</source>
        <translation>
            <numerusform>Consentimiento para %n contribución, tal como la persona lo firmó en papel.</numerusform>
            <numerusform>Consentimiento para %n contribuciones, tal como la persona lo firmó en papel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>First name or pseudonym</source>
        <translation>Nombre o seudónimo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>Idioma del texto del consentimiento</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>Consent text:</source>
        <translation>Texto del consentimiento:</translation>
    </message>
    <message>
        <source>Purposes the resident agrees to</source>
        <translation>Finalidades que acepta la persona</translation>
    </message>
    <message>
        <source>The resident is a &amp;minor</source>
        <translation>La persona es &amp;menor de edad</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who consents</source>
        <translation>Nombre del progenitor o tutor que da el consentimiento</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nombre del tutor</translation>
    </message>
    <message>
        <source>Optional: a scan or photo of the signed form</source>
        <translation>Opcional: un escaneo o una foto del formulario firmado</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Escaneo del formulario firmado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</source>
        <translation>Escaneos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</translation>
    </message>
    <message>
        <source>Tick at least one purpose, as the resident chose.</source>
        <translation>Marque al menos una finalidad, según lo que eligió la persona.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s first name or a pseudonym.</source>
        <translation>Introduzca el nombre o un seudónimo de la persona.</translation>
    </message>
    <message>
        <source>Choose the language of the consent text.</source>
        <translation>Elija el idioma del texto del consentimiento.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent must be given by a parent or guardian: enter their name.</source>
        <translation>El consentimiento de una persona menor debe darlo un progenitor o tutor: introduzca su nombre.</translation>
    </message>
    <message>
        <source>The scan cannot be used: %1</source>
        <translation>No se puede usar el escaneo: %1</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your consent</source>
        <translation>Su consentimiento</translation>
    </message>
    <message>
        <source>What may the city do with your photo and your message?</source>
        <translation>¿Para qué puede usar la ciudad su foto y su mensaje?</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Marque al menos una opción.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>¿Qué edad tiene?</translation>
    </message>
    <message>
        <source>%1 or older</source>
        <translation>%1 años o más</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Menos de %1 años</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>not approved</source>
        <translation>no aprobada</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>sin consentimiento registrado</translation>
    </message>
    <message>
        <source>consent does not cover social media</source>
        <translation>el consentimiento no cubre las redes sociales</translation>
    </message>
    <message>
        <source>Student contest</source>
        <translation>Concurso escolar</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>The entries of one category and their ranking</source>
        <translation>Las obras de una categoría y su clasificación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Add entries…</source>
        <translation>Añadir obras…</translation>
    </message>
    <message>
        <source>Enter approved photos and clips in the contest</source>
        <translation>Inscribir en el concurso fotos y clips aprobados</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar obra</translation>
    </message>
    <message>
        <source>Take the selected entry out of the contest, with its scores (the contribution stays)</source>
        <translation>Retirar del concurso la obra seleccionada, con sus puntuaciones (la contribución se conserva)</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>Miembro del jurado:</translation>
    </message>
    <message>
        <source>The juror to rename or remove</source>
        <translation>El miembro del jurado que se va a renombrar o quitar</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Miembro del jurado</translation>
    </message>
    <message>
        <source>Add juror…</source>
        <translation>Añadir miembro del jurado…</translation>
    </message>
    <message>
        <source>Add a juror: a new score column</source>
        <translation>Añadir un miembro del jurado: una nueva columna de puntuaciones</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename the chosen juror</source>
        <translation>Renombrar el miembro del jurado elegido</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Quitar miembro del jurado</translation>
    </message>
    <message>
        <source>Remove the chosen juror and every score they gave</source>
        <translation>Quitar el miembro del jurado elegido y todas las puntuaciones que ha dado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Scores of the entries</source>
        <translation>Puntuaciones de las obras</translation>
    </message>
    <message>
        <source>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</source>
        <translation>Escriba una puntuación (de 0 a 10, se admiten medios puntos) en la columna de un miembro del jurado y pulse Enter</translation>
    </message>
    <message>
        <source>Ranking summary</source>
        <translation>Resumen de la clasificación</translation>
    </message>
    <message>
        <source>Winner&apos;s card</source>
        <translation>Tarjeta ganadora</translation>
    </message>
    <message>
        <source>Allow a provisional winner</source>
        <translation>Permitir un resultado provisional</translation>
    </message>
    <message>
        <source>Render the card before every juror has scored every entry</source>
        <translation>Generar la tarjeta antes de que todo el jurado haya puntuado todas las obras</translation>
    </message>
    <message>
        <source>Render winner card</source>
        <translation>Generar tarjeta ganadora</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the winner&apos;s cards</source>
        <translation>Abrir la carpeta de las tarjetas ganadoras</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>Tarjeta mostrada</translation>
    </message>
    <message>
        <source>Which of the rendered cards is shown</source>
        <translation>Cuál de las tarjetas generadas se muestra</translation>
    </message>
    <message>
        <source>Preview of the winner&apos;s card</source>
        <translation>Vista previa de la tarjeta ganadora</translation>
    </message>
    <message>
        <source>Open a project to run its student contest.</source>
        <translation>Abra un proyecto para gestionar su concurso escolar.</translation>
    </message>
    <message>
        <source>No entries in this category yet: add approved contributions as entries.</source>
        <translation>Aún no hay obras en esta categoría: añada contribuciones aprobadas como obras.</translation>
    </message>
    <message>
        <source>Add the jurors: each one gets a score column.</source>
        <translation>Añada los miembros del jurado: cada uno tiene una columna de puntuaciones.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Aún no hay puntuaciones.</translation>
    </message>
    <message>
        <source>Ranking final. Winner: entry %1 (%2), mean %3.</source>
        <translation>Clasificación definitiva. Ganadora: obra %1 (%2), media %3.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n score(s) still missing.</source>
        <translation>
            <numerusform>Clasificación provisional: falta %n puntuación.</numerusform>
            <numerusform>Clasificación provisional: faltan %n puntuaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leading: entry %1 (%2), mean %3.</source>
        <translation>En cabeza: obra %1 (%2), media %3.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>There is no winner yet: no entry has a score.</source>
        <translation>Aún no hay ganador: ninguna obra tiene puntuación.</translation>
    </message>
    <message>
        <source>The ranking is not final: every juror must score every entry (or allow a provisional winner).</source>
        <translation>La clasificación no es definitiva: cada miembro del jurado debe puntuar todas las obras (o permita un resultado provisional).</translation>
    </message>
    <message>
        <source>The winner may not appear on a public card: %1</source>
        <translation>La persona ganadora no puede aparecer en una tarjeta pública: %1</translation>
    </message>
    <message>
        <source>Render the winner&apos;s card, square and story, in each language of the project</source>
        <translation>Generar la tarjeta ganadora, en cuadrado e historia, en cada idioma del proyecto</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>score of entry %1 by %2</source>
        <translation>puntuación de %2 para la obra %1</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Añadir miembro del jurado</translation>
    </message>
    <message>
        <source>Name of the juror:</source>
        <translation>Nombre del miembro del jurado:</translation>
    </message>
    <message>
        <source>%1 joined the jury.</source>
        <translation>%1 se ha incorporado al jurado.</translation>
    </message>
    <message>
        <source>Rename juror</source>
        <translation>Renombrar miembro del jurado</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nuevo nombre de %1:</translation>
    </message>
    <message>
        <source>Remove %1 and every score they gave?</source>
        <translation>¿Quitar a %1 y todas las puntuaciones que ha dado?</translation>
    </message>
    <message>
        <source>%1 left the jury; their scores were removed.</source>
        <translation>%1 ha dejado el jurado; se han quitado sus puntuaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added.</source>
        <translation>
            <numerusform>%n obra añadida.</numerusform>
            <numerusform>%n obras añadidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to remove first.</source>
        <translation>Seleccione primero la obra que quiere quitar.</translation>
    </message>
    <message>
        <source>Take entry %1 out of the contest, with its scores?</source>
        <translation>¿Retirar la obra %1 del concurso, con sus puntuaciones?</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card</source>
        <translation>Generando la tarjeta ganadora</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card…</source>
        <translation>Generando la tarjeta ganadora…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelado; no se ha conservado nada escrito a medias.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n tarjeta escrita en %1</numerusform>
            <numerusform>%n tarjetas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name on the card: the winner is a minor or has no first name recorded)</source>
        <translation>(sin nombre en la tarjeta: la persona ganadora es menor de edad o no tiene nombre registrado)</translation>
    </message>
    <message>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <source>story</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</source>
        <translation>Todavía no hay tarjeta. Cuando cada miembro del jurado haya puntuado cada obra, genere la tarjeta ganadora: se mostrará aquí.</translation>
    </message>
    <message>
        <source>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</source>
        <translation>%1 no es una puntuación válida: escriba un número de 0 a 10, en pasos de 0,5.</translation>
    </message>
    <message>
        <source>There is already a juror named %1.</source>
        <translation>Ya hay un miembro del jurado llamado %1.</translation>
    </message>
    <message>
        <source>Contribution %1 cannot enter the contest: %2</source>
        <translation>La contribución %1 no puede participar en el concurso: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ranking is not final: %n score(s) still missing.</source>
        <translation>
            <numerusform>La clasificación no es definitiva: falta %n puntuación.</numerusform>
            <numerusform>La clasificación no es definitiva: faltan %n puntuaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The winner (entry %1) may not appear on a public card: %2</source>
        <translation>La persona ganadora (obra %1) no puede aparecer en una tarjeta pública: %2</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
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
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>cartel impreso</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>vídeo de la ciudad</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>compartir en la red</translation>
    </message>
    <message>
        <source>consent for every purpose</source>
        <translation>consentimiento para todas las finalidades</translation>
    </message>
    <message>
        <source>consent for some purposes</source>
        <translation>consentimiento para algunas finalidades</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>falta el consentimiento</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importar &amp;archivos…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>Importar fotos y clips (Ctrl+I); también puede soltar archivos aquí</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import every photo and clip of a folder (Ctrl+Shift+I)</source>
        <translation>Importar todas las fotos y clips de una carpeta (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Approve the selected contributions (A)</source>
        <translation>Aprobar las contribuciones seleccionadas (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Reject the selected contributions with a reason (R)</source>
        <translation>Rechazar las contribuciones seleccionadas indicando un motivo (R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the crops, message and alt text of the selected contribution (E or Enter)</source>
        <translation>Editar los recortes, el mensaje y el texto alternativo de la contribución seleccionada (E o Enter)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar c&amp;onsentimiento…</translation>
    </message>
    <message>
        <source>Record the consent a resident signed on paper for the selected contributions (C)</source>
        <translation>Registrar el consentimiento firmado en papel por una persona para las contribuciones seleccionadas (C)</translation>
    </message>
    <message>
        <source>Consents from a CS&amp;V…</source>
        <translation>Consentimientos desde un CS&amp;V…</translation>
    </message>
    <message>
        <source>Give a batch of contributions their consent from a CSV file, checked line by line</source>
        <translation>Asignar su consentimiento a un lote de contribuciones desde un archivo CSV, comprobado línea por línea</translation>
    </message>
    <message>
        <source>Render &amp;photos</source>
        <translation>&amp;Generar fotos</translation>
    </message>
    <message>
        <source>Frame every approved photo in every format, with alt text (Ctrl+R)</source>
        <translation>Enmarcar cada foto aprobada en todos los formatos, con texto alternativo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Preview of the framed photo</source>
        <translation>Vista previa de la foto enmarcada</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Photos and clips</source>
        <translation>Fotos y clips</translation>
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
        <translation>Cualquier consentimiento</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Show contributions with status</source>
        <translation>Mostrar contribuciones con el estado</translation>
    </message>
    <message>
        <source>Show contributions with this status</source>
        <translation>Mostrar las contribuciones con este estado</translation>
    </message>
    <message>
        <source>Show photos, clips or both</source>
        <translation>Mostrar fotos, clips o ambos</translation>
    </message>
    <message>
        <source>Show contributions in language</source>
        <translation>Mostrar contribuciones en el idioma</translation>
    </message>
    <message>
        <source>Show contributions whose message is in this language</source>
        <translation>Mostrar las contribuciones cuyo mensaje está en este idioma</translation>
    </message>
    <message>
        <source>Show contributions by consent</source>
        <translation>Mostrar contribuciones según el consentimiento</translation>
    </message>
    <message>
        <source>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</source>
        <translation>Sin consentimiento: no hay consentimiento registrado (o se ha retirado); estas contribuciones quedan fuera de todos los materiales</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>sin idioma</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Ningún proyecto abierto.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribución</numerusform>
            <numerusform>%n contribuciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n aprobada</numerusform>
            <numerusform>%n aprobadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retirada</numerusform>
            <numerusform>%n retiradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n sin consentimiento</numerusform>
            <numerusform>%n sin consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrada</numerusform>
            <numerusform>%n mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>Ninguna contribución coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</source>
        <translation>Aún no hay contribuciones. Suelte aquí fotos y clips, o use Importar archivos (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>A approves them all, R rejects them all with one reason.</source>
        <translation>A las aprueba todas, R las rechaza todas con un mismo motivo.</translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</source>
        <translation>Seleccione una contribución para ver sus detalles. A aprueba, R rechaza, E o Enter edita; Shift o Ctrl selecciona varias.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Given on %1 (%2), text version %3, in %4</source>
        <translation>Dado el %1 (%2), versión del texto %3, idioma: %4</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Tutor: %1</translation>
    </message>
    <message>
        <source>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</source>
        <translation>No hay ningún consentimiento registrado para esta contribución: queda fuera de todos los materiales hasta que se registre uno. C registra un consentimiento firmado en papel.</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Creando la vista previa</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>Generando fotos</translation>
    </message>
    <message>
        <source>Import photos and clips</source>
        <translation>Importar fotos y clips</translation>
    </message>
    <message>
        <source>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Fotos y clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and clips</source>
        <translation>Importar una carpeta de fotos y clips</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ICC Studio — unexpected error</source>
        <translation>ICC Studio — error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</source>
        <translation>Algo ha fallado: %1

Su proyecto está a salvo: se conserva todo lo guardado antes de este momento. Los detalles están en el archivo de registro:
%2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Feed square</source>
        <translation>Publicación cuadrada</translation>
    </message>
    <message>
        <source>Feed portrait</source>
        <translation>Publicación vertical</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <source>X header</source>
        <translation>Cabecera de X</translation>
    </message>
    <message>
        <source>Facebook cover</source>
        <translation>Portada de Facebook</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Back to the contributions (Esc)</source>
        <translation>Volver a las contribuciones (Esc)</translation>
    </message>
    <message>
        <source>Back to the contributions</source>
        <translation>Volver a las contribuciones</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous contribution (Page Up)</source>
        <translation>Contribución anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next contribution (Page Down)</source>
        <translation>Contribución siguiente (Page Down)</translation>
    </message>
    <message>
        <source>Reset to the proposal</source>
        <translation>Volver a la propuesta</translation>
    </message>
    <message>
        <source>Use the face-aware crop proposed for this format again (Ctrl+0)</source>
        <translation>Volver a usar el recorte propuesto para este formato según las caras (Ctrl+0)</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>Zonas seguras</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Crop for the %1 (Alt+%2)</source>
        <translation>Recorte para el formato %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Crop for the %1</source>
        <translation>Recorte para el formato %1</translation>
    </message>
    <message>
        <source>Photo with the crop of the chosen format</source>
        <translation>Foto con el recorte del formato elegido</translation>
    </message>
    <message>
        <source>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</source>
        <translation>Arrastre el rectángulo para moverlo y una esquina para cambiar su tamaño. Las flechas lo mueven (Ctrl para pasos pequeños), Shift+flechas cambian su tamaño. Page Up / Page Down: contribución anterior / siguiente.</translation>
    </message>
    <message>
        <source>Choose a contribution on the Contributions page and press E to edit it.</source>
        <translation>Elija una contribución en la página Contribuciones y pulse E para editarla.</translation>
    </message>
    <message>
        <source>Preview of the output, drawn by the export renderer</source>
        <translation>Vista previa del resultado, dibujada por el motor de renderizado de la exportación</translation>
    </message>
    <message>
        <source>What the export will look like, drawn by the same renderer</source>
        <translation>Cómo quedará la exportación, dibujada por el mismo motor de renderizado</translation>
    </message>
    <message>
        <source>Show the platform&apos;s safe zones</source>
        <translation>Mostrar las zonas seguras de la plataforma</translation>
    </message>
    <message>
        <source>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</source>
        <translation>Zonas tapadas por la interfaz de la app o cortadas por sus recortes (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Message shown on the photo</source>
        <translation>Mensaje que se muestra en la foto</translation>
    </message>
    <message>
        <source>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</source>
        <translation>Las palabras de la persona, mostradas en la frase del kit; se guardan al hacer una pausa o salir del campo</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Idioma del mensaje</translation>
    </message>
    <message>
        <source>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</source>
        <translation>El idioma del mensaje: determina la frase del kit y la dirección del texto</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Texto &amp;alternativo:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>A description of the image for people who use a screen reader</source>
        <translation>Una descripción de la imagen para las personas que usan un lector de pantalla</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</source>
        <translation>Describe la foto para los lectores de pantalla. Si se deja vacío, la exportación usa la descripción del kit con el mensaje.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Cargando la foto…</translation>
    </message>
    <message>
        <source>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</source>
        <translation>Esto es un clip: recórtelo en la página Clips. Su mensaje y su texto alternativo se pueden editar aquí.</translation>
    </message>
    <message>
        <source>Loading the photo</source>
        <translation>Cargando la foto</translation>
    </message>
    <message>
        <source>Move the crop of the %1</source>
        <translation>Mover el recorte del formato %1</translation>
    </message>
    <message>
        <source>Reset the crop of the %1</source>
        <translation>Restablecer el recorte del formato %1</translation>
    </message>
    <message>
        <source>Crop set by hand</source>
        <translation>Recorte manual</translation>
    </message>
    <message>
        <source>Proposed crop</source>
        <translation>Recorte propuesto</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of %1</source>
        <translation>
            <numerusform>%n carácter de %1</numerusform>
            <numerusform>%n caracteres de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): this kit allows at most %1. The message is not saved until it is shortened.</source>
        <translation>
            <numerusform>%n carácter de más: este kit permite como máximo %1. El mensaje no se guarda hasta que se acorte.</numerusform>
            <numerusform>%n caracteres de más: este kit permite como máximo %1. El mensaje no se guarda hasta que se acorte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Editar el mensaje</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Editar el texto alternativo</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>Ninguna contribución abierta</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Creando la vista previa</translation>
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
        <translation>Añadir obras</translation>
    </message>
    <message>
        <source>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</source>
        <translation>Elija las fotos y clips aprobados que quiere inscribir en el concurso (Ctrl o Shift para elegir varios). Una foto entra en la categoría de foto; un clip, en la de vídeo.</translation>
    </message>
    <message>
        <source>Approved contributions not entered yet</source>
        <translation>Contribuciones aprobadas aún no inscritas</translation>
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
        <translation>Todas las fotos y clips aprobados ya están inscritos.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <source>There is no ICC Studio project in %1.</source>
        <translation>No hay ningún proyecto de ICC Studio en %1.</translation>
    </message>
    <message>
        <source>%1 already holds files or a project; choose a new or empty folder.</source>
        <translation>%1 ya contiene archivos o un proyecto; elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>The project in %1 is damaged: %2</source>
        <translation>El proyecto de %1 está dañado: %2</translation>
    </message>
    <message>
        <source>The project in %1 was made by a newer version of ICC Studio.</source>
        <translation>El proyecto de %1 se creó con una versión más reciente de ICC Studio.</translation>
    </message>
    <message>
        <source>The kit file %1 is not valid: %2</source>
        <translation>El archivo de kit %1 no es válido: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se ha importado: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>No se puede escribir %1: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>No se puede escribir %1: el disco o la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>No se puede escribir %1: no tiene permiso para escribir en esa carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is too large for that disk.</source>
        <translation>No se puede escribir %1: el archivo es demasiado grande para ese disco.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk reported an error (was it unplugged?).</source>
        <translation>No se puede escribir %1: el disco ha informado de un error (¿se ha desconectado?).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>GuardianScreen</name>
    <message>
        <source>A parent or guardian must agree</source>
        <translation>Un progenitor o tutor debe dar su consentimiento</translation>
    </message>
    <message>
        <source>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</source>
        <translation>Si tiene menos de %1 años, un progenitor o tutor legal da su consentimiento junto con usted. Pídale que lea esto y lo rellene.</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>Nombre del progenitor o tutor</translation>
    </message>
    <message>
        <source>I am the parent or guardian and I agree</source>
        <translation>Soy el progenitor o tutor y doy mi consentimiento</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n archivo importado</numerusform>
            <numerusform>%n archivos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</source>
        <translation>
            <numerusform>%n archivo ya estaba en el proyecto (la misma imagen, tenga el nombre que tenga) y no se ha vuelto a importar: cada fila indica la contribución que duplica.</numerusform>
            <numerusform>%n archivos ya estaban en el proyecto (la misma imagen, tengan el nombre que tengan) y no se han vuelto a importar: cada fila indica la contribución que duplica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only duplicates and rejected files</source>
        <translation>Solo duplicados y archivos rechazados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Files of the import</source>
        <translation>Archivos de la importación</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>already contribution #%1</source>
        <translation>ya es la contribución n.º %1</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Detener esta tarea; no se conserva nada a medias</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Progreso de la tarea en curso</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About ICC Studio</source>
        <translation>A&amp;cerca de ICC Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>No project open — File › New project or File › Open project</source>
        <translation>Ningún proyecto abierto — Archivo › Nuevo proyecto o Archivo › Abrir proyecto</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) of this project are missing from its folder.</source>
        <translation>
            <numerusform>Falta %n archivo multimedia de este proyecto en su carpeta.</numerusform>
            <numerusform>Faltan %n archivos multimedia de este proyecto en su carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a campaign project</source>
        <translation>Abrir un proyecto de campaña</translation>
    </message>
    <message>
        <source>About ICC Studio</source>
        <translation>Acerca de ICC Studio</translation>
    </message>
    <message>
        <source>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</source>
        <translation>ICC Studio %1

Material de campaña para la red de Ciudades interculturales, hecho sin conexión y con consentimiento.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit?</source>
        <translation>
            <numerusform>%n tarea sigue en curso. ¿Cancelarla y salir?</numerusform>
            <numerusform>%n tareas siguen en curso. ¿Cancelarlas y salir?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Your first name or a nickname (optional)</source>
        <translation>Su nombre o un apodo (opcional)</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>Repetir la foto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Send a contribution package</source>
        <translation>Enviar un paquete de contribuciones</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Exportar paquete…</translation>
    </message>
    <message>
        <source>Receive packages</source>
        <translation>Recibir paquetes</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Importar paquetes…</translation>
    </message>
    <message>
        <source>Package and entries</source>
        <translation>Paquete y entradas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Withdrawal and erasure</source>
        <translation>Retirada y borrado</translation>
    </message>
    <message>
        <source>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</source>
        <translation>Cuando una persona retira su consentimiento, bórrela: se eliminan sus archivos, copias, renderizados y exportaciones, hay que volver a hacer los carteles y vídeos en los que aparecía, y el próximo paquete pide a las ciudades socias y a la coordinación de la red que también la borren.</translation>
    </message>
    <message>
        <source>Contributor:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consentimiento retirado</translation>
    </message>
    <message>
        <source>Erase contributor…</source>
        <translation>Borrar participante…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Delete the originals this many days after the campaign day:</source>
        <translation>Eliminar los originales estos días después del día de la campaña:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Guardar y aplicar</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>Informe de privacidad</translation>
    </message>
    <message>
        <source>Show what this project stores about whom</source>
        <translation>Mostrar qué datos guarda este proyecto y de quién</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Guardar como JSON…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit log: approvals, packages, erasures, retention</source>
        <translation>Registro de auditoría: aprobaciones, paquetes, borrados, conservación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Open a project to exchange packages with the network.</source>
        <translation>Abra un proyecto para intercambiar paquetes con la red.</translation>
    </message>
    <message>
        <source>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</source>
        <translation>El paquete contiene las contribuciones aprobadas de cada ciudad cuyo consentimiento cubre compartir en la red, y todos los avisos de retirada. Envíelo a las ciudades socias.</translation>
    </message>
    <message>
        <source>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</source>
        <translation>El paquete contiene las contribuciones aprobadas cuyo consentimiento cubre compartir en la red, sin nombres ni metadatos, y los avisos de retirada. Envíelo a la coordinación de la red.</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Red — %1</translation>
    </message>
    <message>
        <source>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</source>
        <translation>Este es el proyecto de la coordinación de la red: reúne los paquetes de las ciudades y les devuelve la selección de la red.</translation>
    </message>
    <message>
        <source>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</source>
        <translation>Este es un proyecto de ciudad: envía su paquete a la coordinación de la red y recibe la selección de la red.</translation>
    </message>
    <message>
        <source>Package from %1: revision %2, imported %3</source>
        <translation>Paquete de %1: revisión %2, importado el %3</translation>
    </message>
    <message>
        <source>No package imported yet.</source>
        <translation>Aún no se ha importado ningún paquete.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n contribution(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n contribución)</numerusform>
            <numerusform>#%1 %2 (%n contribuciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals are deleted after %1.</source>
        <translation>Los originales se eliminan después de %1.</translation>
    </message>
    <message>
        <source>Originals are kept until a contributor is erased.</source>
        <translation>Los originales se conservan hasta que se borra a un participante.</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Contribution packages (*.zip)</source>
        <translation>Paquetes de contribuciones (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Exportando el paquete</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 written to %2: %n contribution(s)</source>
        <translation>
            <numerusform>Revisión %1 escrita en %2: %n contribución</numerusform>
            <numerusform>Revisión %1 escrita en %2: %n contribuciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal notice(s)</source>
        <translation>
            <numerusform>%n aviso de retirada</numerusform>
            <numerusform>%n avisos de retirada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out (not approved, or no consent for re-share)</source>
        <translation>
            <numerusform>%n contribución omitida (no aprobada o sin consentimiento para compartir)</numerusform>
            <numerusform>%n contribuciones omitidas (no aprobadas o sin consentimiento para compartir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>Importando paquetes</translation>
    </message>
    <message>
        <source>(the archive)</source>
        <translation>(el archivo comprimido)</translation>
    </message>
    <message>
        <source>checked, %1 bytes</source>
        <translation>comprobado, %1 bytes</translation>
    </message>
    <message>
        <source>%1, revision %2: already imported, nothing changed</source>
        <translation>%1, revisión %2: ya importada, sin cambios</translation>
    </message>
    <message>
        <source>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</source>
        <translation>%1, revisión %2 — añadidas: %3, actualizadas: %4, eliminadas: %5, retiradas: %6</translation>
    </message>
    <message>
        <source>Refused: older than the package already imported from this city.</source>
        <translation>Rechazado: es más antiguo que el paquete ya importado de esta ciudad.</translation>
    </message>
    <message>
        <source>Refused: entry %1: %2</source>
        <translation>Rechazado: entrada %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>unsafe name (%1)</source>
        <translation>nombre no seguro (%1)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>an encrypted entry</source>
        <translation>una entrada cifrada</translation>
    </message>
    <message>
        <source>an unsupported compression method</source>
        <translation>un método de compresión no compatible</translation>
    </message>
    <message>
        <source>name collides with another entry (%1)</source>
        <translation>el nombre coincide con otra entrada (%1)</translation>
    </message>
    <message>
        <source>too many entries (%1)</source>
        <translation>demasiadas entradas (%1)</translation>
    </message>
    <message>
        <source>too large (%1)</source>
        <translation>demasiado grande (%1)</translation>
    </message>
    <message>
        <source>suspicious compression ratio (a possible zip bomb)</source>
        <translation>relación de compresión sospechosa (posible bomba zip)</translation>
    </message>
    <message>
        <source>the manifest is not valid (%1)</source>
        <translation>el manifiesto no es válido (%1)</translation>
    </message>
    <message>
        <source>made by a newer ICC Studio</source>
        <translation>creado con una versión más reciente de ICC Studio</translation>
    </message>
    <message>
        <source>wrong checksum (%1)</source>
        <translation>suma de comprobación incorrecta (%1)</translation>
    </message>
    <message>
        <source>a file the manifest does not declare</source>
        <translation>un archivo que el manifiesto no declara</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>falta (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>archivo comprimido dañado (%1)</translation>
    </message>
    <message>
        <source>overlapping entries (%1)</source>
        <translation>entradas superpuestas (%1)</translation>
    </message>
    <message>
        <source>this is this project&apos;s own package</source>
        <translation>es el propio paquete de este proyecto</translation>
    </message>
    <message>
        <source>made for another campaign (%1)</source>
        <translation>creado para otra campaña (%1)</translation>
    </message>
    <message>
        <source>same revision with other content</source>
        <translation>misma revisión con otro contenido</translation>
    </message>
    <message>
        <source>Erase contributor</source>
        <translation>Borrar participante</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</source>
        <translation>¿Borrar definitivamente a %1?

Se eliminan sus fotos y clips, y todas sus copias, renderizados y exportaciones; no se puede deshacer. Hay que volver a hacer los carteles y vídeos en los que aparecía.</translation>
    </message>
    <message>
        <source>Erasing a contributor</source>
        <translation>Borrando un participante</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n file(s) deleted</source>
        <translation>
            <numerusform>Borrado: %n archivo eliminado</numerusform>
            <numerusform>Borrado: %n archivos eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to render again</source>
        <translation>
            <numerusform>%n material pendiente de volver a generar</numerusform>
            <numerusform>%n materiales pendientes de volver a generar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next package carries %n withdrawal notice(s) for them.</source>
        <translation>
            <numerusform>El próximo paquete llevará %n aviso de retirada para esta persona.</numerusform>
            <numerusform>El próximo paquete llevará %n avisos de retirada para esta persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention setting</source>
        <translation>Aplicando el ajuste de conservación</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) deleted now.</source>
        <translation>
            <numerusform>%n original eliminado ahora.</numerusform>
            <numerusform>%n originales eliminados ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the privacy report</source>
        <translation>Creando el informe de privacidad</translation>
    </message>
    <message>
        <source>minor, guardian %1</source>
        <translation>menor, tutor %1</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>de un paquete</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>retirado el %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Consentimiento de %1</translation>
    </message>
    <message>
        <source> — signed form kept</source>
        <translation> — formulario firmado conservado</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contribución n.º %1</translation>
    </message>
    <message>
        <source>%1 stored files, %2 renders</source>
        <translation>archivos guardados: %1, renderizados: %2</translation>
    </message>
    <message>
        <source>originals deleted after %1</source>
        <translation>originales eliminados después de %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Withdrawal notices</source>
        <translation>Avisos de retirada</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>cartel impreso</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>vídeo de la ciudad</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>compartir en la red</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Guardar el informe de privacidad</translation>
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
        <translation>Nuevo proyecto de campaña</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Carpeta del proyecto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>Por ejemplo: Lisboa</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nombre de la ciudad</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>Kit de campaña</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>Idiomas de la campaña</translation>
    </message>
    <message>
        <source>The languages of the city&apos;s campaign; captions and posters use them</source>
        <translation>Los idiomas de la campaña de la ciudad; se usan en subtítulos y carteles</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Año de la campaña</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Choose an empty folder for the project</source>
        <translation>Elija una carpeta vacía para el proyecto</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Elija una carpeta para el proyecto.</translation>
    </message>
    <message>
        <source>Enter the city&apos;s name.</source>
        <translation>Introduzca el nombre de la ciudad.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Elija al menos un idioma.</translation>
    </message>
</context>
<context>
    <name>NoCameraScreen</name>
    <message>
        <source>The camera is not available at the moment</source>
        <translation>La cámara no está disponible en este momento</translation>
    </message>
    <message>
        <source>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</source>
        <translation>Avise a un miembro del personal. El quiosco continuará solo en cuanto vuelva la cámara.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Salir</translation>
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
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Detener esta tarea; no se conserva nada a medias</translation>
    </message>
    <message>
        <source>Waiting for the previous render</source>
        <translation>Esperando a la generación anterior</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Show the rendered files in the file manager</source>
        <translation>Mostrar los archivos generados en el gestor de archivos</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-finished was kept</source>
        <translation>Cancelado; no se ha conservado nada a medias</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%n second(s) left</source>
        <translation>Quedan %n s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</source>
        <translation>Elija qué generar. Solo se incluyen las contribuciones aprobadas cuyo participante consintió ese uso; las demás se enumeran con el motivo.</translation>
    </message>
    <message>
        <source>What to render</source>
        <translation>Qué generar</translation>
    </message>
    <message>
        <source>Framed photos</source>
        <translation>Fotos enmarcadas</translation>
    </message>
    <message>
        <source>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</source>
        <translation>Cada foto aprobada en el marco del kit: publicación cuadrada y vertical, historia, foto de perfil, cabecera de X</translation>
    </message>
    <message>
        <source>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</source>
        <translation>Cada foto aprobada en cinco formatos, con texto alternativo; las fotos sin cambios no se vuelven a generar.</translation>
    </message>
    <message>
        <source>Per-city video</source>
        <translation>Vídeo de la ciudad</translation>
    </message>
    <message>
        <source>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</source>
        <translation>Cartela inicial, las fotos con un movimiento suave y sus pies de foto, los clips, cartela final; con subtítulos y fotograma de portada</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versiones:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Target length:</source>
        <translation>Duración objetivo:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The time each photo is shown adapts so that the video lasts this long</source>
        <translation>El tiempo que se muestra cada foto se adapta para que el vídeo dure esto</translation>
    </message>
    <message>
        <source>Music:</source>
        <translation>Música:</translation>
    </message>
    <message>
        <source>No music (optional)</source>
        <translation>Sin música (opcional)</translation>
    </message>
    <message>
        <source>Music file</source>
        <translation>Archivo de música</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A music track: faded in and out, lowered while residents speak</source>
        <translation>Una pista de música: con fundido de entrada y salida, más baja mientras hablan los residentes</translation>
    </message>
    <message>
        <source>Burn the clips&apos; subtitles into the picture</source>
        <translation>Incrustar los subtítulos de los clips en la imagen</translation>
    </message>
    <message>
        <source>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</source>
        <translation>Cada clip aprobado en el formato de entrega (9:16), con su leyenda y el volumen igualado</translation>
    </message>
    <message>
        <source>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</source>
        <translation>El cartel A2 (PDF de impresión y PNG) y su versión para redes sociales; más opciones en la página Cartel collage</translation>
    </message>
    <message>
        <source>One post per day before the day, in each language, square and story</source>
        <translation>Una publicación por día antes de la jornada, en cada idioma, cuadrada y en historia</translation>
    </message>
    <message>
        <source>X header and Facebook cover with the city&apos;s name</source>
        <translation>Cabecera de X y portada de Facebook con el nombre de la ciudad</translation>
    </message>
    <message>
        <source>A6 postcards, front and back, and sheets of four on A4</source>
        <translation>Postales A6, anverso y reverso, y hojas de cuatro en A4</translation>
    </message>
    <message>
        <source>An A3 poster and a square post per speaker saved on the Quote posters page</source>
        <translation>Un cartel A3 y una publicación cuadrada por cada persona guardada en la página Carteles de citas</translation>
    </message>
    <message>
        <source>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</source>
        <translation>La tarjeta ganadora del concurso de fotografía, cuadrada y en formato historia, en cada idioma (cuando cada miembro del jurado haya puntuado cada obra)</translation>
    </message>
    <message>
        <source>Twelve months with one contribution each, A4 and A3</source>
        <translation>Doce meses con una contribución cada uno, A4 y A3</translation>
    </message>
    <message>
        <source>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</source>
        <translation>El sitio web de la campaña: una carpeta para cualquier alojamiento web o para abrir desde una memoria USB (genérelo al final)</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Render the chosen outputs in the background</source>
        <translation>Generar los materiales elegidos en segundo plano</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Render jobs</source>
        <translation>Tareas de generación</translation>
    </message>
    <message>
        <source>Open a project to render its outputs.</source>
        <translation>Abra un proyecto para generar sus materiales.</translation>
    </message>
    <message>
        <source>Choose a music track</source>
        <translation>Elegir una pista de música</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</source>
        <translation>Archivos de audio (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <source>Per-city video (%1)</source>
        <translation>Vídeo de la ciudad (%1)</translation>
    </message>
    <message>
        <source>Resident clips</source>
        <translation>Clips de residentes</translation>
    </message>
    <message>
        <source>Collage poster</source>
        <translation>Cartel collage</translation>
    </message>
    <message>
        <source>Countdown posts</source>
        <translation>Publicaciones de cuenta atrás</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Banners</translation>
    </message>
    <message>
        <source>Postcards</source>
        <translation>Postales</translation>
    </message>
    <message>
        <source>Quote posters</source>
        <translation>Carteles de citas</translation>
    </message>
    <message>
        <source>Contest winner&apos;s card</source>
        <translation>Tarjeta ganadora del concurso</translation>
    </message>
    <message>
        <source>Diversity calendar</source>
        <translation>Calendario de la diversidad</translation>
    </message>
    <message>
        <source>Campaign gallery (website)</source>
        <translation>Galería de la campaña (sitio web)</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) rendered</source>
        <translation>
            <numerusform>%n material generado</numerusform>
            <numerusform>%n materiales generados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versión</numerusform>
            <numerusform>%n versiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, %2 s per photo</source>
        <translation>%1 s, %2 s por foto</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contribución omitida</numerusform>
            <numerusform>%n contribuciones omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>#%1 left out: %2</source>
        <translation>#%1 omitida: %2</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Solo personal: introduzca el PIN para salir del quiosco</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
</context>
<context>
    <name>PortraitChooser</name>
    <message>
        <source>Choose a portrait</source>
        <translation>Elegir un retrato</translation>
    </message>
    <message>
        <source>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</source>
        <translation>Fotos aprobadas. Un retrato solo aparece en los productos que cubre su consentimiento: el cartel A3 requiere consentimiento de impresión; el cuadrado, de redes sociales.</translation>
    </message>
    <message>
        <source>Approved photos</source>
        <translation>Fotos aprobadas</translation>
    </message>
    <message>
        <source>square only</source>
        <translation>solo cuadrado</translation>
    </message>
    <message>
        <source>A3 poster only</source>
        <translation>solo cartel A3</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>cartel impreso</translation>
    </message>
    <message>
        <source>no print consent</source>
        <translation>sin consentimiento de impresión</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>no social-media consent</source>
        <translation>sin consentimiento para redes sociales</translation>
    </message>
    <message>
        <source>No approved photo has consent for print or social media yet.</source>
        <translation>Aún no hay ninguna foto aprobada con consentimiento de impresión o de redes sociales.</translation>
    </message>
    <message>
        <source>Loading thumbnails</source>
        <translation>Cargando miniaturas</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Look at the camera and smile!</source>
        <translation>¡Mire a la cámara y sonría!</translation>
    </message>
    <message>
        <source>You appear as in a mirror. The photo itself will not be mirrored.</source>
        <translation>Se ve como en un espejo. La foto no saldrá invertida.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Hacer la foto</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quote posters</source>
        <translation>Carteles de citas</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Personas citadas</translation>
    </message>
    <message>
        <source>Every speaker gets the same poster and the same maximum quote length</source>
        <translation>Todas las personas tienen el mismo cartel y la misma longitud máxima de cita</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Quitar la persona seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected speaker up (the posters are numbered in this order)</source>
        <translation>Subir la persona seleccionada (los carteles se numeran en este orden)</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Subir persona</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Bajar la persona seleccionada</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Bajar persona</translation>
    </message>
    <message>
        <source>&amp;Render quote posters</source>
        <translation>&amp;Generar carteles de citas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop rendering; nothing half-written is kept</source>
        <translation>Detener la generación; no se conserva nada escrito a medias</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>Progreso de la generación</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the rendered quote posters</source>
        <translation>Abrir la carpeta de los carteles de citas generados</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>Retrato:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>For example: Claire Dubois</source>
        <translation>Por ejemplo: Claire Dubois</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Cargo de la persona</translation>
    </message>
    <message>
        <source>For example: Mayor of the city</source>
        <translation>Por ejemplo: Alcaldesa de la ciudad</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Idioma de la cita</translation>
    </message>
    <message>
        <source>The quotation marks and the writing direction follow the language</source>
        <translation>Las comillas y la dirección de escritura dependen del idioma</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>Contribución…</translation>
    </message>
    <message>
        <source>Take the portrait from an approved photo of the project</source>
        <translation>Tomar el retrato de una foto aprobada del proyecto</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <source>An official portrait: the image is copied into the project</source>
        <translation>Un retrato oficial: la imagen se copia en el proyecto</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>Sin retrato</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>At most %1 characters, the same for every speaker</source>
        <translation>Como máximo %1 caracteres, igual para todas las personas</translation>
    </message>
    <message>
        <source>Quote length</source>
        <translation>Longitud de la cita</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>Cua&amp;drado</translation>
    </message>
    <message>
        <source>The 1080×1080 square for social media</source>
        <translation>El cuadrado de 1080×1080 para redes sociales</translation>
    </message>
    <message>
        <source>A&amp;3 poster</source>
        <translation>Cartel A&amp;3</translation>
    </message>
    <message>
        <source>The A3 print poster, with its bleed and crop marks</source>
        <translation>El cartel A3 para impresión, con sangrado y marcas de corte</translation>
    </message>
    <message>
        <source>Preview of the quote poster</source>
        <translation>Vista previa del cartel de cita</translation>
    </message>
    <message>
        <source>Open a project to make its quote posters.</source>
        <translation>Abra un proyecto para crear sus carteles de citas.</translation>
    </message>
    <message>
        <source>(new speaker)</source>
        <translation>(nueva persona)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n carácter de más</numerusform>
            <numerusform>%n caracteres de más</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a speaker to make quote posters.</source>
        <translation>Añada una persona para crear carteles de citas.</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>persona %1</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %1 is %n character(s) over the limit of %2 that every speaker has.</source>
        <translation>
            <numerusform>La cita de %1 supera en %n carácter el límite de %2, igual para todas las personas.</numerusform>
            <numerusform>La cita de %1 supera en %n caracteres el límite de %2, igual para todas las personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 has no name.</source>
        <translation>La persona %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1 has no quote yet.</source>
        <translation>%1 aún no tiene cita.</translation>
    </message>
    <message>
        <source>A3 print poster and 1080×1080 square for every speaker</source>
        <translation>Cartel A3 para impresión y cuadrado de 1080×1080 para cada persona</translation>
    </message>
    <message>
        <source>Choose a portrait</source>
        <translation>Elegir un retrato</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Copying the portrait</source>
        <translation>Copiando el retrato</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Copiando %1…</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contribución n.º %1</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in the project</source>
        <translation>La contribución n.º %1 ya no está en el proyecto</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Drawing the quote poster preview</source>
        <translation>Creando la vista previa del cartel de cita</translation>
    </message>
    <message>
        <source>The A3 poster</source>
        <translation>El cartel A3</translation>
    </message>
    <message>
        <source>The square</source>
        <translation>El cuadrado</translation>
    </message>
    <message>
        <source>%1 will not be made: the portrait&apos;s %2.</source>
        <translation>%1 no se generará (retrato: %2).</translation>
    </message>
    <message>
        <source>Rendering the quote posters</source>
        <translation>Generando los carteles de citas</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelado; no se ha conservado nada escrito a medias.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n archivo escrito en %1</numerusform>
            <numerusform>%n archivos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Portraits left out: %1</source>
        <translation>Retratos omitidos: %1</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not a portrait of a resident</source>
        <translation>No es el retrato de un residente</translation>
    </message>
    <message>
        <source>Blurred, too dark or too small</source>
        <translation>Borrosa, demasiado oscura o demasiado pequeña</translation>
    </message>
    <message>
        <source>Inappropriate content</source>
        <translation>Contenido inapropiado</translation>
    </message>
    <message>
        <source>Other people in the photo have not consented</source>
        <translation>Otras personas de la foto no han dado su consentimiento</translation>
    </message>
    <message>
        <source>Same photo as another contribution</source>
        <translation>Misma foto que otra contribución</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n contribution(s) rejected?</source>
        <translation>
            <numerusform>¿Por qué se rechaza %n contribución?</numerusform>
            <numerusform>¿Por qué se rechazan estas %n contribuciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a reason or pick one given before</source>
        <translation>Escriba un motivo o elija uno ya usado</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Kept with each contribution and in the audit log</source>
        <translation>Se guarda con cada contribución y en el registro de auditoría</translation>
    </message>
    <message>
        <source>The reason is kept with each contribution and in the project&apos;s audit log.</source>
        <translation>El motivo se guarda con cada contribución y en el registro de auditoría del proyecto.</translation>
    </message>
</context>
<context>
    <name>RenderReportDialog</name>
    <message>
        <source>Rendered photos</source>
        <translation>Fotos generadas</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n archivo generado</numerusform>
            <numerusform>%n archivos generados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contribución omitida</numerusform>
            <numerusform>%n contribuciones omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like this photo?</source>
        <translation>¿Le gusta esta foto?</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Quedarme con esta foto</translation>
    </message>
</context>
<context>
    <name>SafeZones</name>
    <message>
        <source>Top bar of the app</source>
        <translation>Barra superior de la app</translation>
    </message>
    <message>
        <source>Reply bar</source>
        <translation>Barra de respuesta</translation>
    </message>
    <message>
        <source>Circular crop</source>
        <translation>Recorte circular</translation>
    </message>
    <message>
        <source>Mobile crop</source>
        <translation>Recorte en móvil</translation>
    </message>
    <message>
        <source>Desktop crop</source>
        <translation>Recorte en ordenador</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation>Zona segura</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <source>Saving your portrait…</source>
        <translation>Guardando su retrato…</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score of %1</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <source>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</source>
        <translation>De 0 a 10 en pasos de 0,5 (7.5 o 7,5); vacío: sin puntuación</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>Nota para el jurado</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry</source>
        <translation>Obra</translation>
    </message>
    <message>
        <source>Note (school, class)</source>
        <translation>Nota (centro, curso)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</source>
        <translation>Puntuaciones de %1: de 0 a 10 en pasos de 0,5. Escriba una puntuación y pulse Enter; bórrela para dejar la obra sin puntuar.</translation>
    </message>
    <message>
        <source>For the jury only: never printed on a card.</source>
        <translation>Solo para el jurado: nunca se imprime en una tarjeta.</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; scores.</source>
        <translation>La media de las puntuaciones del jurado.</translation>
    </message>
    <message>
        <source>Equal means: more scores first, then the higher median, then the entry submitted first.</source>
        <translation>Con medias iguales: primero más puntuaciones, luego la mediana más alta y, por último, la obra presentada antes.</translation>
    </message>
    <message>
        <source>No score from %1 yet</source>
        <translation>Aún sin puntuación de %1</translation>
    </message>
    <message>
        <source>%1 gave %2</source>
        <translation>%1 dio %2</translation>
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
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Obra %1, %2: %3</translation>
    </message>
    <message>
        <source>Entry %1 by %2</source>
        <translation>Obra %1 de %2</translation>
    </message>
    <message>
        <source>Left out: not approved any more</source>
        <translation>Omitida: ya no está aprobada</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n score(s) missing</source>
        <translation>
            <numerusform>Incompleta: falta %n puntuación</numerusform>
            <numerusform>Incompleta: faltan %n puntuaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie settled by more scores</source>
        <translation>Empate resuelto por más puntuaciones</translation>
    </message>
    <message>
        <source>Tie settled by the median</source>
        <translation>Empate resuelto por la mediana</translation>
    </message>
    <message>
        <source>Tie settled by the earlier entry</source>
        <translation>Empate resuelto por la obra presentada antes</translation>
    </message>
    <message>
        <source>Not on a public card: %1</source>
        <translation>No aparece en una tarjeta pública: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Según el sistema (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</source>
        <translation>El idioma de los menús, páginas y mensajes; cambia al instante. Los idiomas propios de la campaña se definen en cada proyecto.</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Carpeta de &amp;exportación predeterminada:</translation>
    </message>
    <message>
        <source>Each project&apos;s own exports folder</source>
        <translation>La carpeta de exportación de cada proyecto</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</source>
        <translation>Dónde se escriben los productos generados, en una carpeta por ciudad. Deje el campo vacío para conservarlos en la carpeta de exportación de cada proyecto.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Elegir la carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Elegir la carpeta en un cuadro de diálogo de archivos</translation>
    </message>
    <message>
        <source>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</source>
        <translation>Las fotos, carteles, banners y el sitio web van a &lt;carpeta&gt;/&lt;ciudad&gt;/…; el vídeo de la ciudad y los clips de residentes se quedan en el proyecto. Los archivos exportados fuera de la carpeta del proyecto no se eliminan cuando una persona retira su consentimiento: elimínelos a mano.</translation>
    </message>
    <message>
        <source>&amp;Worker processes:</source>
        <translation>&amp;Procesos de trabajo:</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>Número de procesos de trabajo</translation>
    </message>
    <message>
        <source>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</source>
        <translation>Cuántos procesos decodifican y generan fotos a la vez. Más es más rápido en un ordenador con muchos núcleos; menos deja el ordenador libre para otras tareas. Predeterminado: uno por núcleo (%1). Se aplica a la próxima importación o generación.</translation>
    </message>
    <message>
        <source>Put every setting back to its default value (saved with OK)</source>
        <translation>Restablecer todos los ajustes a su valor predeterminado (se guarda con OK)</translation>
    </message>
    <message>
        <source>Save and apply the settings</source>
        <translation>Guardar y aplicar la configuración</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <source>“%1” is not a full path: choose the folder with Browse….</source>
        <translation>“%1” no es una ruta completa: elija la carpeta con Examinar….</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>ICC Studio cannot write in %1: %2</source>
        <translation>ICC Studio no puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2</source>
        <translation>No se ha podido guardar la configuración en %1: %2</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</source>
        <translation>El equipo de la ciudad revisará su retrato antes de publicarlo. Para retirar su consentimiento más adelante, pregunte en este mostrador.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
</TS>
