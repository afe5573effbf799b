<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your portrait for the campaign: it takes two minutes.</source>
        <translation>Faites votre portrait pour la campagne : cela prend deux minutes.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Touchez ici pour commencer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Kit artwork</source>
        <translation>Visuels du kit</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Kit&#xa0;:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Journée&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtags&#xa0;:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites&#xa0;:</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>Début du compte à rebours&#xa0;:</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>Le jour J&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Suivi jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Create a project with File › New project, or open one with File › Open project.</source>
        <translation>Créez un projet avec Fichier › Nouveau projet, ou ouvrez-en un avec Fichier › Ouvrir un projet.</translation>
    </message>
    <message>
        <source>messages up to %1 characters; clips up to %2 s</source>
        <translation>messages de %1&#xa0;caractères au maximum&#xa0;; clips de %2&#xa0;s au maximum</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>Création de l’aperçu du kit</translation>
    </message>
    <message>
        <source>Preview of a square post</source>
        <translation>Aperçu d’un post carré</translation>
    </message>
    <message>
        <source>Preview of a story</source>
        <translation>Aperçu d’une story</translation>
    </message>
    <message>
        <source>Preview of a profile picture</source>
        <translation>Aperçu d’une photo de profil</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Event capture</source>
        <translation>Capture sur place</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <source>&amp;Take the portrait</source>
        <translation>&amp;Prendre le portrait</translation>
    </message>
    <message>
        <source>&amp;Take it again</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Take the portrait (Ctrl+T)</source>
        <translation>Prendre le portrait (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pick photos from a camera card…</source>
        <translation>&amp;Choisir des photos sur une carte mémoire…</translation>
    </message>
    <message>
        <source>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</source>
        <translation>Prenez le portrait de la personne ou choisissez ses photos, puis remplissez le consentement avec elle. Rien n’est conservé avant que vous appuyiez sur Garder.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>Je suis…</translation>
    </message>
    <message>
        <source>The resident&apos;s message (optional)</source>
        <translation>Message de la personne (facultatif)</translation>
    </message>
    <message>
        <source>The resident&apos;s message</source>
        <translation>Message de la personne</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Forget this resident&apos;s picture and form</source>
        <translation>Oublier la photo et le formulaire de cette personne</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Keep the picture with its consent (Ctrl+Enter)</source>
        <translation>Garder la photo avec son consentement (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1</source>
        <translation>Impossible d’ouvrir la caméra&#xa0;: %1</translation>
    </message>
    <message>
        <source>The camera is not answering: check its cable. It will be used again as soon as it is back.</source>
        <translation>La caméra ne répond pas&#xa0;: vérifiez son câble. Elle sera réutilisée dès son retour.</translation>
    </message>
    <message>
        <source>The resident&apos;s photos</source>
        <translation>Photos de la personne</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) picked:</source>
        <translation>
            <numerusform>%n photo choisie&#xa0;:</numerusform>
            <numerusform>%n photos choisies&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the camera, or pick photos from a camera card.</source>
        <translation>Démarrez la caméra ou choisissez des photos sur une carte mémoire.</translation>
    </message>
    <message>
        <source>Take the portrait or pick the photos first.</source>
        <translation>Prenez d’abord le portrait ou choisissez les photos.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>Le message dépasse %1&#xa0;caractères.</translation>
    </message>
    <message>
        <source>Keeping the portrait</source>
        <translation>Enregistrement du portrait</translation>
    </message>
    <message>
        <source>Keeping the photos</source>
        <translation>Enregistrement des photos</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n contribution(s), pending review.</source>
        <translation>
            <numerusform>Gardée&#xa0;: %n contribution, en attente d’examen.</numerusform>
            <numerusform>Gardées&#xa0;: %n contributions, en attente d’examen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Rien n’a été conservé&#xa0;: %1</translation>
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
        <translation>◀ Image</translation>
    </message>
    <message>
        <source>One frame back (← or ,)</source>
        <translation>Une image en arrière (← ou ,)</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Image ▶</translation>
    </message>
    <message>
        <source>One frame forward (→ or .)</source>
        <translation>Une image en avant (→ ou .)</translation>
    </message>
    <message>
        <source>Set &amp;in</source>
        <translation>Marquer l’&amp;entrée</translation>
    </message>
    <message>
        <source>The part starts here (I); Shift+I goes to the in-point</source>
        <translation>La partie commence ici (I)&#xa0;; Shift+I va au point d’entrée</translation>
    </message>
    <message>
        <source>Set &amp;out</source>
        <translation>Marquer la &amp;sortie</translation>
    </message>
    <message>
        <source>The part ends here (O); Shift+O goes to the out-point</source>
        <translation>La partie se termine ici (O)&#xa0;; Shift+O va au point de sortie</translation>
    </message>
    <message>
        <source>Use the whole clip</source>
        <translation>Utiliser tout le clip</translation>
    </message>
    <message>
        <source>Preview normalised</source>
        <translation>Aperçu normalisé</translation>
    </message>
    <message>
        <source>Play the part as it will be delivered: format, crop or padding, loudness, caption</source>
        <translation>Lire la partie telle qu’elle sera livrée&#xa0;: format, recadrage ou remplissage, volume, légende</translation>
    </message>
    <message>
        <source>Back to the clip</source>
        <translation>Retour au clip</translation>
    </message>
    <message>
        <source>Campaign frame</source>
        <translation>Cadre de la campagne</translation>
    </message>
    <message>
        <source>Crop or pad (automatic)</source>
        <translation>Recadrer ou compléter (automatique)</translation>
    </message>
    <message>
        <source>Crop around faces</source>
        <translation>Recadrer autour des visages</translation>
    </message>
    <message>
        <source>Pad with a blurred copy</source>
        <translation>Compléter avec une copie floutée</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>Format de livraison</translation>
    </message>
    <message>
        <source>How the picture fills the format</source>
        <translation>Comment l’image remplit le format</translation>
    </message>
    <message>
        <source>Clip player</source>
        <translation>Lecteur de clips</translation>
    </message>
    <message>
        <source>Timeline with the in and out points</source>
        <translation>Ligne de temps avec les points d’entrée et de sortie</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play or pause (Space or K); L plays faster, J jumps back a second</source>
        <translation>Lire ou mettre en pause (Space ou K)&#xa0;; L accélère, J recule d’une seconde</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>This project has no clips yet: import them on the Contributions page.</source>
        <translation>Ce projet n’a pas encore de clips&#xa0;: importez-les dans la page Contributions.</translation>
    </message>
    <message>
        <source>Preparing the clip for playback…</source>
        <translation>Préparation du clip pour la lecture…</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Préparation du clip</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</source>
        <translation>La partie durerait %1&#xa0;s, au-delà du maximum de %2&#xa0;s par clip d’habitant fixé pour cette campagne. Déplacez le point d’entrée ou de sortie.</translation>
    </message>
    <message>
        <source>These in and out points do not fit the clip: %1</source>
        <translation>Ces points d’entrée et de sortie ne correspondent pas au clip&#xa0;: %1</translation>
    </message>
    <message>
        <source>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</source>
        <translation>Partie utilisée&#xa0;: de %1&#xa0;s à %2&#xa0;s (%3&#xa0;s)&#xa0;; cette campagne autorise %4&#xa0;s par clip d’habitant.</translation>
    </message>
    <message>
        <source>The clip is longer: set in and out points.</source>
        <translation>Le clip est plus long&#xa0;: marquez les points d’entrée et de sortie.</translation>
    </message>
    <message>
        <source>Preview of the normalised clip</source>
        <translation>Aperçu du clip normalisé</translation>
    </message>
    <message>
        <source>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</source>
        <translation>La partie dure %1&#xa0;s, au-delà du maximum de %2&#xa0;s par clip d’habitant fixé pour cette campagne&#xa0;: marquez d’abord les points d’entrée et de sortie.</translation>
    </message>
    <message>
        <source>Showing the normalised preview (%1).</source>
        <translation>Affichage de l’aperçu normalisé (%1).</translation>
    </message>
</context>
<context>
    <name>CollagePage</name>
    <message>
        <source>Collage poster</source>
        <translation>Affiche collage</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>Arrangement (seed):</source>
        <translation>Agencement (graine)&#xa0;:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages&#xa0;:</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Ligne de crédits</translation>
    </message>
    <message>
        <source>A line of first names under the photos: adults whose consent covers print.</source>
        <translation>Une ligne de prénoms sous les photos&#xa0;: adultes dont le consentement couvre l’impression.</translation>
    </message>
    <message>
        <source>Render poster</source>
        <translation>Générer l’affiche</translation>
    </message>
    <message>
        <source>Justified rows</source>
        <translation>Lignes justifiées</translation>
    </message>
    <message>
        <source>Justified columns</source>
        <translation>Colonnes justifiées</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>Grille régulière</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Preview of the collage poster</source>
        <translation>Aperçu de l’affiche collage</translation>
    </message>
    <message>
        <source>Open a project to make its collage poster.</source>
        <translation>Ouvrez un projet pour créer son affiche collage.</translation>
    </message>
    <message>
        <source>Drawing the collage preview</source>
        <translation>Création de l’aperçu du collage</translation>
    </message>
    <message>
        <source>Too small to print: %1</source>
        <translation>Trop petit pour l’impression&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose consent covers print; smallest tile %1 mm.</source>
        <translation>
            <numerusform>%n photo dont le consentement couvre l’impression&#xa0;; plus petite vignette&#xa0;: %1&#xa0;mm.</numerusform>
            <numerusform>%n photos dont le consentement couvre l’impression&#xa0;; plus petite vignette&#xa0;: %1&#xa0;mm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the collage poster</source>
        <translation>Génération de l’affiche collage</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Annulé&#xa0;; aucun fichier partiellement écrit n’a été conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n fichier écrit dans %1</numerusform>
            <numerusform>%n fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</source>
        <translation>Avec %1 photos, les vignettes seraient imprimées à %2&#xa0;mm, sous le minimum de %3&#xa0;mm fixé par le kit. Utilisez %4 pages ou un papier plus grand.</translation>
    </message>
</context>
<context>
    <name>ConsentCsv</name>
    <message>
        <source>Consents of a batch (CSV)</source>
        <translation>Consentements d’un lot (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was applied.</source>
        <translation>
            <numerusform>%n problème trouvé dans %1&#xa0;; rien n’a été appliqué.</numerusform>
            <numerusform>%n problèmes trouvés dans %1&#xa0;; rien n’a été appliqué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents not applied</source>
        <translation>Consentements non appliqués</translation>
    </message>
    <message numerus="yes">
        <source>Give %n contribution(s) their consent from %1?</source>
        <translation>
            <numerusform>Attribuer à %n contribution le consentement indiqué dans %1&#xa0;?</numerusform>
            <numerusform>Attribuer à %n contributions les consentements indiqués dans %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply consents</source>
        <translation>Appliquer les consentements</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Social media and the campaign website</source>
        <translation>Réseaux sociaux et site web de la campagne</translation>
    </message>
    <message>
        <source>Printed posters, postcards and the calendar</source>
        <translation>Affiches imprimées, cartes postales et calendrier</translation>
    </message>
    <message>
        <source>The city&apos;s campaign video</source>
        <translation>Vidéo de campagne de la ville</translation>
    </message>
    <message>
        <source>Sharing with the Intercultural Cities network and partner cities</source>
        <translation>Partage avec le réseau des Cités interculturelles et les villes partenaires</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Enregistrer un consentement papier</translation>
    </message>
    <message numerus="yes">
        <source>Consent for %n contribution(s), as the resident signed it on paper.</source>
        <translation>
            <numerusform>Consentement pour %n contribution, tel que la personne l’a signé sur papier.</numerusform>
            <numerusform>Consentement pour %n contributions, tel que la personne l’a signé sur papier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>First name or pseudonym</source>
        <translation>Prénom ou pseudonyme</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>Langue du texte de consentement</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texte du consentement</translation>
    </message>
    <message>
        <source>Consent text:</source>
        <translation>Texte du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Purposes the resident agrees to</source>
        <translation>Finalités acceptées par la personne</translation>
    </message>
    <message>
        <source>The resident is a &amp;minor</source>
        <translation>La personne est &amp;mineure</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who consents</source>
        <translation>Nom du parent ou du tuteur légal qui consent</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nom du tuteur légal</translation>
    </message>
    <message>
        <source>Optional: a scan or photo of the signed form</source>
        <translation>Facultatif&#xa0;: une numérisation ou une photo du formulaire signé</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Numérisation du formulaire signé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</source>
        <translation>Numérisations (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</translation>
    </message>
    <message>
        <source>Tick at least one purpose, as the resident chose.</source>
        <translation>Cochez au moins une finalité, selon le choix de la personne.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s first name or a pseudonym.</source>
        <translation>Saisissez le prénom ou un pseudonyme de la personne.</translation>
    </message>
    <message>
        <source>Choose the language of the consent text.</source>
        <translation>Choisissez la langue du texte de consentement.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent must be given by a parent or guardian: enter their name.</source>
        <translation>Le consentement d’une personne mineure doit être donné par un parent ou un tuteur légal&#xa0;: saisissez son nom.</translation>
    </message>
    <message>
        <source>The scan cannot be used: %1</source>
        <translation>La numérisation ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your consent</source>
        <translation>Votre consentement</translation>
    </message>
    <message>
        <source>What may the city do with your photo and your message?</source>
        <translation>Que peut faire la ville de votre photo et de votre message ?</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Cochez au moins une case.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>Quel âge avez-vous ?</translation>
    </message>
    <message>
        <source>%1 or older</source>
        <translation>%1 ans ou plus</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Moins de %1 ans</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Non, merci</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J’accepte</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>not approved</source>
        <translation>non approuvée</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>aucun consentement enregistré</translation>
    </message>
    <message>
        <source>consent does not cover social media</source>
        <translation>le consentement ne couvre pas les réseaux sociaux</translation>
    </message>
    <message>
        <source>Student contest</source>
        <translation>Concours étudiant</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>The entries of one category and their ranking</source>
        <translation>Les participations d’une catégorie et leur classement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Add entries…</source>
        <translation>Ajouter des participations…</translation>
    </message>
    <message>
        <source>Enter approved photos and clips in the contest</source>
        <translation>Inscrire au concours des photos et des clips approuvés</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Retirer la participation</translation>
    </message>
    <message>
        <source>Take the selected entry out of the contest, with its scores (the contribution stays)</source>
        <translation>Retirer du concours la participation sélectionnée, avec ses notes (la contribution est conservée)</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>Juré&#xa0;:</translation>
    </message>
    <message>
        <source>The juror to rename or remove</source>
        <translation>Le juré à renommer ou à retirer</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Add juror…</source>
        <translation>Ajouter un juré…</translation>
    </message>
    <message>
        <source>Add a juror: a new score column</source>
        <translation>Ajouter un juré&#xa0;: une nouvelle colonne de notes</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the chosen juror</source>
        <translation>Renommer le juré choisi</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Retirer le juré</translation>
    </message>
    <message>
        <source>Remove the chosen juror and every score they gave</source>
        <translation>Retirer le juré choisi et toutes ses notes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Scores of the entries</source>
        <translation>Notes des participations</translation>
    </message>
    <message>
        <source>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</source>
        <translation>Saisissez une note (de 0 à 10, demi-points acceptés) dans la colonne d’un juré et appuyez sur Enter</translation>
    </message>
    <message>
        <source>Ranking summary</source>
        <translation>Résumé du classement</translation>
    </message>
    <message>
        <source>Winner&apos;s card</source>
        <translation>Visuel du lauréat</translation>
    </message>
    <message>
        <source>Allow a provisional winner</source>
        <translation>Autoriser un lauréat provisoire</translation>
    </message>
    <message>
        <source>Render the card before every juror has scored every entry</source>
        <translation>Générer le visuel avant que chaque juré ait noté chaque participation</translation>
    </message>
    <message>
        <source>Render winner card</source>
        <translation>Générer le visuel du lauréat</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the winner&apos;s cards</source>
        <translation>Ouvrir le dossier des visuels du lauréat</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>Visuel affiché</translation>
    </message>
    <message>
        <source>Which of the rendered cards is shown</source>
        <translation>Lequel des visuels générés est affiché</translation>
    </message>
    <message>
        <source>Preview of the winner&apos;s card</source>
        <translation>Aperçu du visuel du lauréat</translation>
    </message>
    <message>
        <source>Open a project to run its student contest.</source>
        <translation>Ouvrez un projet pour gérer son concours étudiant.</translation>
    </message>
    <message>
        <source>No entries in this category yet: add approved contributions as entries.</source>
        <translation>Aucune participation dans cette catégorie pour l’instant&#xa0;: ajoutez des contributions approuvées comme participations.</translation>
    </message>
    <message>
        <source>Add the jurors: each one gets a score column.</source>
        <translation>Ajoutez les jurés&#xa0;: chacun reçoit une colonne de notes.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Aucune note pour l’instant.</translation>
    </message>
    <message>
        <source>Ranking final. Winner: entry %1 (%2), mean %3.</source>
        <translation>Classement définitif. Lauréat&#xa0;: participation %1 (%2), moyenne %3.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n score(s) still missing.</source>
        <translation>
            <numerusform>Classement provisoire&#xa0;: il manque encore %n note.</numerusform>
            <numerusform>Classement provisoire&#xa0;: il manque encore %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leading: entry %1 (%2), mean %3.</source>
        <translation>En tête&#xa0;: participation %1 (%2), moyenne %3.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d’abord un projet.</translation>
    </message>
    <message>
        <source>There is no winner yet: no entry has a score.</source>
        <translation>Il n’y a pas encore de lauréat&#xa0;: aucune participation n’a de note.</translation>
    </message>
    <message>
        <source>The ranking is not final: every juror must score every entry (or allow a provisional winner).</source>
        <translation>Le classement n’est pas définitif&#xa0;: chaque juré doit noter chaque participation (ou autorisez un lauréat provisoire).</translation>
    </message>
    <message>
        <source>The winner may not appear on a public card: %1</source>
        <translation>Le lauréat ne peut pas figurer sur un visuel public&#xa0;: %1</translation>
    </message>
    <message>
        <source>Render the winner&apos;s card, square and story, in each language of the project</source>
        <translation>Générer le visuel du lauréat, en carré et en story, dans chaque langue du projet</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>score of entry %1 by %2</source>
        <translation>note de la participation %1 par %2</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Ajouter un juré</translation>
    </message>
    <message>
        <source>Name of the juror:</source>
        <translation>Nom du juré&#xa0;:</translation>
    </message>
    <message>
        <source>%1 joined the jury.</source>
        <translation>%1 fait désormais partie du jury.</translation>
    </message>
    <message>
        <source>Rename juror</source>
        <translation>Renommer le juré</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nouveau nom de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Remove %1 and every score they gave?</source>
        <translation>Retirer %1 et toutes ses notes&#xa0;?</translation>
    </message>
    <message>
        <source>%1 left the jury; their scores were removed.</source>
        <translation>%1 ne fait plus partie du jury&#xa0;; ses notes ont été supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added.</source>
        <translation>
            <numerusform>%n participation ajoutée.</numerusform>
            <numerusform>%n participations ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to remove first.</source>
        <translation>Sélectionnez d’abord la participation à retirer.</translation>
    </message>
    <message>
        <source>Take entry %1 out of the contest, with its scores?</source>
        <translation>Retirer la participation %1 du concours, avec ses notes&#xa0;?</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card</source>
        <translation>Génération du visuel du lauréat</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card…</source>
        <translation>Génération du visuel du lauréat…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Annulé&#xa0;; aucun fichier partiellement écrit n’a été conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n visuel écrit dans %1</numerusform>
            <numerusform>%n visuels écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name on the card: the winner is a minor or has no first name recorded)</source>
        <translation>(aucun nom sur le visuel&#xa0;: le lauréat est mineur ou n’a pas de prénom enregistré)</translation>
    </message>
    <message>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <source>story</source>
        <translation>story</translation>
    </message>
    <message>
        <source>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</source>
        <translation>Pas encore de visuel. Quand chaque juré a noté chaque participation, générez le visuel du lauréat : il s’affiche ici.</translation>
    </message>
    <message>
        <source>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</source>
        <translation>%1 n’est pas une note&#xa0;: saisissez un nombre de 0 à 10, par pas de 0,5.</translation>
    </message>
    <message>
        <source>There is already a juror named %1.</source>
        <translation>Il existe déjà un juré nommé %1.</translation>
    </message>
    <message>
        <source>Contribution %1 cannot enter the contest: %2</source>
        <translation>La contribution %1 ne peut pas participer au concours&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ranking is not final: %n score(s) still missing.</source>
        <translation>
            <numerusform>Le classement n’est pas définitif&#xa0;: il manque encore %n note.</numerusform>
            <numerusform>Le classement n’est pas définitif&#xa0;: il manque encore %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The winner (entry %1) may not appear on a public card: %2</source>
        <translation>Le lauréat (participation %1) ne peut pas figurer sur un visuel public&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>affiche imprimée</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>vidéo de la ville</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>partage dans le réseau</translation>
    </message>
    <message>
        <source>consent for every purpose</source>
        <translation>consentement pour toutes les finalités</translation>
    </message>
    <message>
        <source>consent for some purposes</source>
        <translation>consentement pour certaines finalités</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>consentement manquant</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>Importer des photos et des clips (Ctrl+I)&#xa0;; vous pouvez aussi déposer des fichiers ici</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every photo and clip of a folder (Ctrl+Shift+I)</source>
        <translation>Importer toutes les photos et tous les clips d’un dossier (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve the selected contributions (A)</source>
        <translation>Approuver les contributions sélectionnées (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject the selected contributions with a reason (R)</source>
        <translation>Rejeter les contributions sélectionnées en indiquant un motif (R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the crops, message and alt text of the selected contribution (E or Enter)</source>
        <translation>Modifier les recadrages, le message et le texte alternatif de la contribution sélectionnée (E ou Enter)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Enregistrer le &amp;consentement…</translation>
    </message>
    <message>
        <source>Record the consent a resident signed on paper for the selected contributions (C)</source>
        <translation>Enregistrer le consentement signé sur papier par une personne pour les contributions sélectionnées (C)</translation>
    </message>
    <message>
        <source>Consents from a CS&amp;V…</source>
        <translation>Consentements depuis un CS&amp;V…</translation>
    </message>
    <message>
        <source>Give a batch of contributions their consent from a CSV file, checked line by line</source>
        <translation>Attribuer leur consentement à un lot de contributions depuis un fichier CSV, vérifié ligne par ligne</translation>
    </message>
    <message>
        <source>Render &amp;photos</source>
        <translation>Générer les &amp;photos</translation>
    </message>
    <message>
        <source>Frame every approved photo in every format, with alt text (Ctrl+R)</source>
        <translation>Encadrer chaque photo approuvée dans tous les formats, avec son texte alternatif (Ctrl+R)</translation>
    </message>
    <message>
        <source>Preview of the framed photo</source>
        <translation>Aperçu de la photo encadrée</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show contributions with status</source>
        <translation>Afficher les contributions ayant le statut</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approuvée</numerusform>
            <numerusform>%n approuvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>clip</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Photos and clips</source>
        <translation>Photos et clips</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Tout consentement</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>Sans consentement</translation>
    </message>
    <message>
        <source>Show contributions with this status</source>
        <translation>Afficher les contributions ayant ce statut</translation>
    </message>
    <message>
        <source>Show photos, clips or both</source>
        <translation>Afficher les photos, les clips ou les deux</translation>
    </message>
    <message>
        <source>Show contributions in language</source>
        <translation>Afficher les contributions dans la langue</translation>
    </message>
    <message>
        <source>Show contributions whose message is in this language</source>
        <translation>Afficher les contributions dont le message est dans cette langue</translation>
    </message>
    <message>
        <source>Show contributions by consent</source>
        <translation>Afficher les contributions selon le consentement</translation>
    </message>
    <message>
        <source>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</source>
        <translation>Sans consentement&#xa0;: aucun consentement enregistré (ou consentement retiré)&#xa0;; ces contributions sont exclues de tous les supports</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>aucune langue</translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n sans consentement</numerusform>
            <numerusform>%n sans consentement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>Aucune contribution ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</source>
        <translation>Pas encore de contribution. Déposez ici des photos et des clips, ou utilisez Importer des fichiers (Ctrl+I).</translation>
    </message>
    <message>
        <source>A approves them all, R rejects them all with one reason.</source>
        <translation>A les approuve toutes, R les rejette toutes avec un même motif.</translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</source>
        <translation>Sélectionnez une contribution pour en voir le détail. A pour approuver, R pour rejeter, E ou Enter pour modifier&#xa0;; Shift ou Ctrl pour en sélectionner plusieurs.</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Given on %1 (%2), text version %3, in %4</source>
        <translation>Donné le %1 (%2), version %3 du texte, langue&#xa0;: %4</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Tuteur légal&#xa0;: %1</translation>
    </message>
    <message>
        <source>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</source>
        <translation>Aucun consentement n’est enregistré pour cette contribution&#xa0;: elle est exclue de tous les supports tant qu’il n’y en a pas. C enregistre un consentement signé sur papier.</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Dessin de l’aperçu</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>Génération des photos</translation>
    </message>
    <message>
        <source>Import photos and clips</source>
        <translation>Importer des photos et des clips</translation>
    </message>
    <message>
        <source>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Photos et clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and clips</source>
        <translation>Importer un dossier de photos et de clips</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ICC Studio — unexpected error</source>
        <translation>ICC Studio — erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</source>
        <translation>Une erreur s’est produite&#xa0;: %1

Votre projet ne risque rien&#xa0;: tout ce qui a été enregistré avant ce moment est conservé. Les détails figurent dans le fichier journal&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Feed square</source>
        <translation>Publication carrée</translation>
    </message>
    <message>
        <source>Feed portrait</source>
        <translation>Publication portrait</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Photo de profil</translation>
    </message>
    <message>
        <source>X header</source>
        <translation>Bannière X</translation>
    </message>
    <message>
        <source>Facebook cover</source>
        <translation>Couverture Facebook</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Back to the contributions (Esc)</source>
        <translation>Retour aux contributions (Esc)</translation>
    </message>
    <message>
        <source>Back to the contributions</source>
        <translation>Retour aux contributions</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous contribution (Page Up)</source>
        <translation>Contribution précédente (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next contribution (Page Down)</source>
        <translation>Contribution suivante (Page Down)</translation>
    </message>
    <message>
        <source>Reset to the proposal</source>
        <translation>Revenir à la proposition</translation>
    </message>
    <message>
        <source>Use the face-aware crop proposed for this format again (Ctrl+0)</source>
        <translation>Réutiliser le recadrage proposé pour ce format en fonction des visages (Ctrl+0)</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>Zones de sécurité</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Crop for the %1 (Alt+%2)</source>
        <translation>Recadrage pour le format %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Crop for the %1</source>
        <translation>Recadrage pour le format %1</translation>
    </message>
    <message>
        <source>Photo with the crop of the chosen format</source>
        <translation>Photo avec le recadrage du format choisi</translation>
    </message>
    <message>
        <source>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</source>
        <translation>Faites glisser le rectangle pour le déplacer, ou un coin pour le redimensionner. Les flèches le déplacent (Ctrl pour de petits pas), Shift+flèches le redimensionnent. Page Up / Page Down&#xa0;: contribution précédente / suivante.</translation>
    </message>
    <message>
        <source>Choose a contribution on the Contributions page and press E to edit it.</source>
        <translation>Choisissez une contribution dans la page Contributions et appuyez sur E pour la modifier.</translation>
    </message>
    <message>
        <source>Preview of the output, drawn by the export renderer</source>
        <translation>Aperçu du résultat, dessiné par le moteur de rendu de l’export</translation>
    </message>
    <message>
        <source>What the export will look like, drawn by the same renderer</source>
        <translation>L’apparence de l’export, dessinée par le même moteur de rendu</translation>
    </message>
    <message>
        <source>Show the platform&apos;s safe zones</source>
        <translation>Afficher les zones de sécurité de la plateforme</translation>
    </message>
    <message>
        <source>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</source>
        <translation>Zones couvertes par l’interface de l’appli ou coupées par ses recadrages (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Message shown on the photo</source>
        <translation>Message affiché sur la photo</translation>
    </message>
    <message>
        <source>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</source>
        <translation>Les mots de la personne, affichés dans la phrase du kit&#xa0;; enregistrés quand vous faites une pause ou quittez le champ</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Longueur du message</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Langue du message</translation>
    </message>
    <message>
        <source>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</source>
        <translation>La langue du message&#xa0;: elle détermine la phrase du kit et le sens de l’écriture</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Texte &amp;alternatif&#xa0;:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>A description of the image for people who use a screen reader</source>
        <translation>Une description de l’image pour les personnes qui utilisent un lecteur d’écran</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</source>
        <translation>Décrit la photo pour les lecteurs d’écran. S’il est vide, l’export utilise la description du kit avec le message.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <source>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</source>
        <translation>Ceci est un clip&#xa0;: découpez-le dans la page Clips. Son message et son texte alternatif peuvent être modifiés ici.</translation>
    </message>
    <message>
        <source>Loading the photo</source>
        <translation>Chargement de la photo</translation>
    </message>
    <message>
        <source>Move the crop of the %1</source>
        <translation>Déplacer le recadrage du format %1</translation>
    </message>
    <message>
        <source>Reset the crop of the %1</source>
        <translation>Réinitialiser le recadrage du format %1</translation>
    </message>
    <message>
        <source>Crop set by hand</source>
        <translation>Recadrage manuel</translation>
    </message>
    <message>
        <source>Proposed crop</source>
        <translation>Recadrage proposé</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of %1</source>
        <translation>
            <numerusform>%n caractère sur %1</numerusform>
            <numerusform>%n caractères sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): this kit allows at most %1. The message is not saved until it is shortened.</source>
        <translation>
            <numerusform>%n caractère de trop&#xa0;: ce kit en autorise au maximum %1. Le message n’est pas enregistré tant qu’il n’est pas raccourci.</numerusform>
            <numerusform>%n caractères de trop&#xa0;: ce kit en autorise au maximum %1. Le message n’est pas enregistré tant qu’il n’est pas raccourci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Modifier le texte alternatif</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Changer la langue</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>Aucune contribution ouverte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Création de l’aperçu</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1&#xa0;×&#xa0;%2&#xa0;px</translation>
    </message>
</context>
<context>
    <name>EntryChooser</name>
    <message>
        <source>Add entries</source>
        <translation>Ajouter des participations</translation>
    </message>
    <message>
        <source>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</source>
        <translation>Choisissez les photos et les clips approuvés à inscrire au concours (Ctrl ou Shift pour en choisir plusieurs). Une photo entre dans la catégorie photo, un clip dans la catégorie vidéo.</translation>
    </message>
    <message>
        <source>Approved contributions not entered yet</source>
        <translation>Contributions approuvées pas encore inscrites</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Every approved photo and clip is already entered.</source>
        <translation>Toutes les photos et tous les clips approuvés sont déjà inscrits.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no ICC Studio project in %1.</source>
        <translation>Il n’y a pas de projet ICC Studio dans %1.</translation>
    </message>
    <message>
        <source>%1 already holds files or a project; choose a new or empty folder.</source>
        <translation>%1 contient déjà des fichiers ou un projet&#xa0;; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>The project in %1 is damaged: %2</source>
        <translation>Le projet dans %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project in %1 was made by a newer version of ICC Studio.</source>
        <translation>Le projet dans %1 a été créé par une version plus récente d’ICC Studio.</translation>
    </message>
    <message>
        <source>The kit file %1 is not valid: %2</source>
        <translation>Le fichier de kit %1 n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Impossible d’écrire %1 : le disque est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>Impossible d’écrire %1 : le disque ou le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>Impossible d’écrire %1 : vous n’avez pas le droit d’écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is too large for that disk.</source>
        <translation>Impossible d’écrire %1 : le fichier est trop gros pour ce disque.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk reported an error (was it unplugged?).</source>
        <translation>Impossible d’écrire %1 : le disque a signalé une erreur (a-t-il été débranché ?).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>GuardianScreen</name>
    <message>
        <source>A parent or guardian must agree</source>
        <translation>Un parent ou un tuteur doit donner son accord</translation>
    </message>
    <message>
        <source>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</source>
        <translation>Avant %1 ans, un parent ou un tuteur légal donne son consentement avec vous. Demandez-lui de lire ce texte et de le remplir.</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>Nom du parent ou du tuteur</translation>
    </message>
    <message>
        <source>I am the parent or guardian and I agree</source>
        <translation>Je suis le parent ou le tuteur et j’accepte</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Non, merci</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</source>
        <translation>
            <numerusform>%n fichier était déjà dans le projet (même image, quel que soit son nom) et n’a pas été réimporté&#xa0;: chaque ligne indique la contribution dont il est le doublon.</numerusform>
            <numerusform>%n fichiers étaient déjà dans le projet (même image, quel que soit leur nom) et n’ont pas été réimportés&#xa0;: chaque ligne indique la contribution dont le fichier est le doublon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only duplicates and rejected files</source>
        <translation>Seulement les doublons et les fichiers rejetés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Files of the import</source>
        <translation>Fichiers de l’importation</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>already contribution #%1</source>
        <translation>déjà importé (contribution n°&#xa0;%1)</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Arrêter cette tâche&#xa0;; aucun résultat partiel n’est conservé</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Avancement de la tâche en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About ICC Studio</source>
        <translation>À &amp;propos d’ICC Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>No project open — File › New project or File › Open project</source>
        <translation>Aucun projet ouvert — Fichier › Nouveau projet ou Fichier › Ouvrir un projet</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) of this project are missing from its folder.</source>
        <translation>
            <numerusform>%n fichier média de ce projet est absent de son dossier.</numerusform>
            <numerusform>%n fichiers médias de ce projet sont absents de son dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a campaign project</source>
        <translation>Ouvrir un projet de campagne</translation>
    </message>
    <message>
        <source>About ICC Studio</source>
        <translation>À propos d’ICC Studio</translation>
    </message>
    <message>
        <source>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</source>
        <translation>ICC Studio %1

Supports de campagne pour le réseau des Cités interculturelles, réalisés hors ligne, avec consentement.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit?</source>
        <translation>
            <numerusform>%n tâche encore en cours. L’annuler et quitter&#xa0;?</numerusform>
            <numerusform>%n tâches encore en cours. Les annuler et quitter&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Your first name or a nickname (optional)</source>
        <translation>Votre prénom ou un pseudonyme (facultatif)</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>Reprendre la photo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Send a contribution package</source>
        <translation>Envoyer un paquet de contributions</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Exporter le paquet…</translation>
    </message>
    <message>
        <source>Receive packages</source>
        <translation>Recevoir des paquets</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Importer des paquets…</translation>
    </message>
    <message>
        <source>Package and entries</source>
        <translation>Paquet et entrées</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Withdrawal and erasure</source>
        <translation>Retrait et effacement</translation>
    </message>
    <message>
        <source>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</source>
        <translation>Quand une personne retire son consentement, effacez-la&#xa0;: ses fichiers, copies, rendus et exports sont supprimés, les affiches et vidéos où elle apparaissait doivent être refaites, et le prochain paquet demande aux villes partenaires et à la coordination du réseau de l’effacer aussi.</translation>
    </message>
    <message>
        <source>Contributor:</source>
        <translation>Contributeur&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consentement retiré</translation>
    </message>
    <message>
        <source>Erase contributor…</source>
        <translation>Effacer le contributeur…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Delete the originals this many days after the campaign day:</source>
        <translation>Supprimer les originaux ce nombre de jours après la journée de campagne&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Enregistrer et appliquer</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>Rapport de confidentialité</translation>
    </message>
    <message>
        <source>Show what this project stores about whom</source>
        <translation>Afficher ce que ce projet conserve, et sur qui</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Enregistrer en JSON…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit log: approvals, packages, erasures, retention</source>
        <translation>Journal d’audit&#xa0;: approbations, paquets, effacements, conservation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Open a project to exchange packages with the network.</source>
        <translation>Ouvrez un projet pour échanger des paquets avec le réseau.</translation>
    </message>
    <message>
        <source>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</source>
        <translation>Le paquet contient les contributions approuvées de chaque ville dont le consentement couvre le partage dans le réseau, ainsi que tous les avis de retrait. Envoyez-le aux villes partenaires.</translation>
    </message>
    <message>
        <source>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</source>
        <translation>Le paquet contient les contributions approuvées dont le consentement couvre le partage dans le réseau, sans noms ni métadonnées, ainsi que les avis de retrait. Envoyez-le à la coordination du réseau.</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Réseau — %1</translation>
    </message>
    <message>
        <source>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</source>
        <translation>Ceci est le projet de la coordination du réseau&#xa0;: il rassemble les paquets des villes et leur renvoie la sélection du réseau.</translation>
    </message>
    <message>
        <source>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</source>
        <translation>Ceci est un projet de ville&#xa0;: il envoie son paquet à la coordination du réseau et reçoit la sélection du réseau.</translation>
    </message>
    <message>
        <source>Package from %1: revision %2, imported %3</source>
        <translation>Paquet de %1&#xa0;: révision %2, importé le %3</translation>
    </message>
    <message>
        <source>No package imported yet.</source>
        <translation>Aucun paquet importé pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n contribution(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n contribution)</numerusform>
            <numerusform>#%1 %2 (%n contributions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals are deleted after %1.</source>
        <translation>Les originaux sont supprimés après %1.</translation>
    </message>
    <message>
        <source>Originals are kept until a contributor is erased.</source>
        <translation>Les originaux sont conservés jusqu’à l’effacement d’un contributeur.</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Contribution packages (*.zip)</source>
        <translation>Paquets de contributions (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Exportation du paquet</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 written to %2: %n contribution(s)</source>
        <translation>
            <numerusform>Révision %1 écrite dans %2&#xa0;: %n contribution</numerusform>
            <numerusform>Révision %1 écrite dans %2&#xa0;: %n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal notice(s)</source>
        <translation>
            <numerusform>%n avis de retrait</numerusform>
            <numerusform>%n avis de retrait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out (not approved, or no consent for re-share)</source>
        <translation>
            <numerusform>%n contribution exclue (non approuvée ou sans consentement au partage)</numerusform>
            <numerusform>%n contributions exclues (non approuvées ou sans consentement au partage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>Importation des paquets</translation>
    </message>
    <message>
        <source>(the archive)</source>
        <translation>(l’archive)</translation>
    </message>
    <message>
        <source>checked, %1 bytes</source>
        <translation>vérifié, %1&#xa0;octets</translation>
    </message>
    <message>
        <source>%1, revision %2: already imported, nothing changed</source>
        <translation>%1, révision %2&#xa0;: déjà importée, aucun changement</translation>
    </message>
    <message>
        <source>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</source>
        <translation>%1, révision %2 — ajouts&#xa0;: %3, mises à jour&#xa0;: %4, suppressions&#xa0;: %5, retraits&#xa0;: %6</translation>
    </message>
    <message>
        <source>Refused: older than the package already imported from this city.</source>
        <translation>Refusé&#xa0;: plus ancien que le paquet déjà importé de cette ville.</translation>
    </message>
    <message>
        <source>Refused: entry %1: %2</source>
        <translation>Refusé&#xa0;: entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsafe name (%1)</source>
        <translation>nom dangereux (%1)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>an encrypted entry</source>
        <translation>une entrée chiffrée</translation>
    </message>
    <message>
        <source>an unsupported compression method</source>
        <translation>une méthode de compression non prise en charge</translation>
    </message>
    <message>
        <source>name collides with another entry (%1)</source>
        <translation>nom identique à celui d’une autre entrée (%1)</translation>
    </message>
    <message>
        <source>too many entries (%1)</source>
        <translation>trop d’entrées (%1)</translation>
    </message>
    <message>
        <source>too large (%1)</source>
        <translation>trop volumineux (%1)</translation>
    </message>
    <message>
        <source>suspicious compression ratio (a possible zip bomb)</source>
        <translation>taux de compression suspect (possible bombe zip)</translation>
    </message>
    <message>
        <source>the manifest is not valid (%1)</source>
        <translation>le manifeste n’est pas valide (%1)</translation>
    </message>
    <message>
        <source>made by a newer ICC Studio</source>
        <translation>créé par une version plus récente d’ICC Studio</translation>
    </message>
    <message>
        <source>wrong checksum (%1)</source>
        <translation>somme de contrôle incorrecte (%1)</translation>
    </message>
    <message>
        <source>a file the manifest does not declare</source>
        <translation>un fichier que le manifeste ne déclare pas</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>manquant (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>archive endommagée (%1)</translation>
    </message>
    <message>
        <source>overlapping entries (%1)</source>
        <translation>entrées qui se chevauchent (%1)</translation>
    </message>
    <message>
        <source>this is this project&apos;s own package</source>
        <translation>c’est le propre paquet de ce projet</translation>
    </message>
    <message>
        <source>made for another campaign (%1)</source>
        <translation>créé pour une autre campagne (%1)</translation>
    </message>
    <message>
        <source>same revision with other content</source>
        <translation>même révision avec un autre contenu</translation>
    </message>
    <message>
        <source>Erase contributor</source>
        <translation>Effacer le contributeur</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</source>
        <translation>Effacer définitivement %1&#xa0;?

Ses photos et clips, ainsi que toutes leurs copies, rendus et exports, sont supprimés&#xa0;; cette action est irréversible. Les affiches et vidéos où cette personne apparaissait doivent être refaites.</translation>
    </message>
    <message>
        <source>Erasing a contributor</source>
        <translation>Effacement d’un contributeur</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n file(s) deleted</source>
        <translation>
            <numerusform>Effacement terminé&#xa0;: %n fichier supprimé</numerusform>
            <numerusform>Effacement terminé&#xa0;: %n fichiers supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to render again</source>
        <translation>
            <numerusform>%n support à générer de nouveau</numerusform>
            <numerusform>%n supports à générer de nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next package carries %n withdrawal notice(s) for them.</source>
        <translation>
            <numerusform>Le prochain paquet contiendra %n avis de retrait pour cette personne.</numerusform>
            <numerusform>Le prochain paquet contiendra %n avis de retrait pour cette personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention setting</source>
        <translation>Application de la durée de conservation</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) deleted now.</source>
        <translation>
            <numerusform>%n original supprimé maintenant.</numerusform>
            <numerusform>%n originaux supprimés maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the privacy report</source>
        <translation>Création du rapport de confidentialité</translation>
    </message>
    <message>
        <source>minor, guardian %1</source>
        <translation>mineur, tuteur légal&#xa0;: %1</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>issu d’un paquet</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>retiré le %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Consentement de %1</translation>
    </message>
    <message>
        <source> — signed form kept</source>
        <translation> — formulaire signé conservé</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contribution n°&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 stored files, %2 renders</source>
        <translation>fichiers stockés&#xa0;: %1, rendus&#xa0;: %2</translation>
    </message>
    <message>
        <source>originals deleted after %1</source>
        <translation>originaux supprimés après %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Withdrawal notices</source>
        <translation>Avis de retrait</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>affiche imprimée</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>vidéo de la ville</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>partage dans le réseau</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Enregistrer le rapport de confidentialité</translation>
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
        <translation>Nouveau projet de campagne</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>Par exemple&#xa0;: Lisbonne</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>Kit de campagne</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>Langues de la campagne</translation>
    </message>
    <message>
        <source>The languages of the city&apos;s campaign; captions and posters use them</source>
        <translation>Les langues de la campagne de la ville&#xa0;; elles servent aux légendes et aux affiches</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Année de la campagne</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Choose an empty folder for the project</source>
        <translation>Choisissez un dossier vide pour le projet</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Choisissez un dossier pour le projet.</translation>
    </message>
    <message>
        <source>Enter the city&apos;s name.</source>
        <translation>Saisissez le nom de la ville.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Choisissez au moins une langue.</translation>
    </message>
</context>
<context>
    <name>NoCameraScreen</name>
    <message>
        <source>The camera is not available at the moment</source>
        <translation>La caméra n’est pas disponible pour le moment</translation>
    </message>
    <message>
        <source>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</source>
        <translation>Merci de prévenir un membre du personnel. La borne reprend d’elle-même dès que la caméra est de retour.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avancement de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Arrêter cette tâche&#xa0;; aucun résultat partiel n’est conservé</translation>
    </message>
    <message>
        <source>Waiting for the previous render</source>
        <translation>En attente du rendu précédent</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the rendered files in the file manager</source>
        <translation>Afficher les fichiers générés dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-finished was kept</source>
        <translation>Annulé&#xa0;; aucun résultat partiel n’a été conservé</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%n second(s) left</source>
        <translation>encore %n&#xa0;s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</source>
        <translation>Choisissez ce qu’il faut générer. Seules les contributions approuvées dont le contributeur a consenti à cet usage sont incluses&#xa0;; les autres sont listées avec le motif.</translation>
    </message>
    <message>
        <source>What to render</source>
        <translation>À générer</translation>
    </message>
    <message>
        <source>Framed photos</source>
        <translation>Photos encadrées</translation>
    </message>
    <message>
        <source>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</source>
        <translation>Chaque photo approuvée dans le cadre du kit&#xa0;: publication carrée et portrait, story, photo de profil, bannière X</translation>
    </message>
    <message>
        <source>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</source>
        <translation>Chaque photo approuvée en cinq formats, avec texte alternatif&#xa0;; les photos inchangées ne sont pas générées de nouveau.</translation>
    </message>
    <message>
        <source>Per-city video</source>
        <translation>Vidéo de la ville</translation>
    </message>
    <message>
        <source>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</source>
        <translation>Carton d’ouverture, les photos avec un léger mouvement et leurs légendes, les clips, carton de fin&#xa0;; avec sous-titres et vignette</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions&#xa0;:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Target length:</source>
        <translation>Durée visée&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>The time each photo is shown adapts so that the video lasts this long</source>
        <translation>La durée d’affichage de chaque photo s’adapte pour que la vidéo ait cette durée</translation>
    </message>
    <message>
        <source>Music:</source>
        <translation>Musique&#xa0;:</translation>
    </message>
    <message>
        <source>No music (optional)</source>
        <translation>Pas de musique (facultatif)</translation>
    </message>
    <message>
        <source>Music file</source>
        <translation>Fichier musical</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A music track: faded in and out, lowered while residents speak</source>
        <translation>Une piste musicale&#xa0;: avec fondu en entrée et en sortie, atténuée quand les habitants parlent</translation>
    </message>
    <message>
        <source>Burn the clips&apos; subtitles into the picture</source>
        <translation>Incruster les sous-titres des clips dans l’image</translation>
    </message>
    <message>
        <source>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</source>
        <translation>Chaque clip approuvé au format de diffusion (9:16), avec sa légende et un volume sonore égalisé</translation>
    </message>
    <message>
        <source>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</source>
        <translation>L’affiche A2 (PDF d’impression et PNG) et sa version réseaux sociaux&#xa0;; plus de choix sur la page Affiche collage</translation>
    </message>
    <message>
        <source>One post per day before the day, in each language, square and story</source>
        <translation>Une publication par jour avant la journée, dans chaque langue, carrée et en story</translation>
    </message>
    <message>
        <source>X header and Facebook cover with the city&apos;s name</source>
        <translation>Bannière X et couverture Facebook avec le nom de la ville</translation>
    </message>
    <message>
        <source>A6 postcards, front and back, and sheets of four on A4</source>
        <translation>Cartes postales A6, recto et verso, et planches de quatre sur A4</translation>
    </message>
    <message>
        <source>An A3 poster and a square post per speaker saved on the Quote posters page</source>
        <translation>Une affiche A3 et un post carré par intervenant enregistré sur la page Affiches citations</translation>
    </message>
    <message>
        <source>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</source>
        <translation>Le visuel du lauréat du concours photo, carré et story, dans chaque langue (une fois que chaque juré a noté chaque participation)</translation>
    </message>
    <message>
        <source>Twelve months with one contribution each, A4 and A3</source>
        <translation>Douze mois, une contribution par mois, en A4 et A3</translation>
    </message>
    <message>
        <source>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</source>
        <translation>Le site web de la campagne&#xa0;: un dossier à déposer sur n’importe quel hébergeur ou à ouvrir depuis une clé USB (à générer en dernier)</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Render the chosen outputs in the background</source>
        <translation>Générer les supports choisis en arrière-plan</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Render jobs</source>
        <translation>Tâches de génération</translation>
    </message>
    <message>
        <source>Open a project to render its outputs.</source>
        <translation>Ouvrez un projet pour générer ses supports.</translation>
    </message>
    <message>
        <source>Choose a music track</source>
        <translation>Choisir une piste musicale</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</source>
        <translation>Fichiers audio (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <source>Per-city video (%1)</source>
        <translation>Vidéo de la ville (%1)</translation>
    </message>
    <message>
        <source>Resident clips</source>
        <translation>Clips des habitants</translation>
    </message>
    <message>
        <source>Collage poster</source>
        <translation>Affiche collage</translation>
    </message>
    <message>
        <source>Countdown posts</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Bannières</translation>
    </message>
    <message>
        <source>Postcards</source>
        <translation>Cartes postales</translation>
    </message>
    <message>
        <source>Quote posters</source>
        <translation>Affiches citations</translation>
    </message>
    <message>
        <source>Contest winner&apos;s card</source>
        <translation>Visuel du lauréat du concours</translation>
    </message>
    <message>
        <source>Diversity calendar</source>
        <translation>Calendrier de la diversité</translation>
    </message>
    <message>
        <source>Campaign gallery (website)</source>
        <translation>Galerie de la campagne (site web)</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) rendered</source>
        <translation>
            <numerusform>%n support généré</numerusform>
            <numerusform>%n supports générés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, %2 s per photo</source>
        <translation>%1&#xa0;s, %2&#xa0;s par photo</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contribution exclue</numerusform>
            <numerusform>%n contributions exclues</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>#%1 left out: %2</source>
        <translation>#%1 exclue&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Réservé au personnel : saisissez le code pour quitter la borne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Trop de codes erronés. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code erroné.</translation>
    </message>
</context>
<context>
    <name>PortraitChooser</name>
    <message>
        <source>Choose a portrait</source>
        <translation>Choisir un portrait</translation>
    </message>
    <message>
        <source>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</source>
        <translation>Photos approuvées. Un portrait n’apparaît que dans les supports couverts par son consentement&#xa0;: l’affiche A3 exige l’impression, le carré les réseaux sociaux.</translation>
    </message>
    <message>
        <source>Approved photos</source>
        <translation>Photos approuvées</translation>
    </message>
    <message>
        <source>square only</source>
        <translation>carré uniquement</translation>
    </message>
    <message>
        <source>A3 poster only</source>
        <translation>affiche A3 uniquement</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>affiche imprimée</translation>
    </message>
    <message>
        <source>no print consent</source>
        <translation>pas de consentement pour l’impression</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>no social-media consent</source>
        <translation>pas de consentement pour les réseaux sociaux</translation>
    </message>
    <message>
        <source>No approved photo has consent for print or social media yet.</source>
        <translation>Aucune photo approuvée n’a encore de consentement pour l’impression ou les réseaux sociaux.</translation>
    </message>
    <message>
        <source>Loading thumbnails</source>
        <translation>Chargement des vignettes</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Look at the camera and smile!</source>
        <translation>Regardez la caméra et souriez !</translation>
    </message>
    <message>
        <source>You appear as in a mirror. The photo itself will not be mirrored.</source>
        <translation>Vous vous voyez comme dans un miroir. La photo, elle, ne sera pas inversée.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Prendre ma photo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quote posters</source>
        <translation>Affiches citations</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Every speaker gets the same poster and the same maximum quote length</source>
        <translation>Chaque intervenant a la même affiche et la même longueur maximale de citation</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Retirer l’intervenant sélectionné</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected speaker up (the posters are numbered in this order)</source>
        <translation>Monter l’intervenant sélectionné (les affiches sont numérotées dans cet ordre)</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Monter l’intervenant</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Descendre l’intervenant sélectionné</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Descendre l’intervenant</translation>
    </message>
    <message>
        <source>&amp;Render quote posters</source>
        <translation>&amp;Générer les affiches citations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop rendering; nothing half-written is kept</source>
        <translation>Arrêter la génération&#xa0;; aucun fichier partiellement écrit n’est conservé</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>Progression de la génération</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the rendered quote posters</source>
        <translation>Ouvrir le dossier des affiches citations générées</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>Portrait&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation&#xa0;:</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Nom de l’intervenant</translation>
    </message>
    <message>
        <source>For example: Claire Dubois</source>
        <translation>Par exemple&#xa0;: Claire Dubois</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Fonction de l’intervenant</translation>
    </message>
    <message>
        <source>For example: Mayor of the city</source>
        <translation>Par exemple&#xa0;: Maire de la ville</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Langue de la citation</translation>
    </message>
    <message>
        <source>The quotation marks and the writing direction follow the language</source>
        <translation>Les guillemets et le sens d’écriture suivent la langue</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>Contribution…</translation>
    </message>
    <message>
        <source>Take the portrait from an approved photo of the project</source>
        <translation>Prendre le portrait dans une photo approuvée du projet</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>An official portrait: the image is copied into the project</source>
        <translation>Un portrait officiel&#xa0;: l’image est copiée dans le projet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>Aucun portrait</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>At most %1 characters, the same for every speaker</source>
        <translation>%1 caractères au maximum, la même limite pour tous les intervenants</translation>
    </message>
    <message>
        <source>Quote length</source>
        <translation>Longueur de la citation</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>Ca&amp;rré</translation>
    </message>
    <message>
        <source>The 1080×1080 square for social media</source>
        <translation>Le carré 1080×1080 pour les réseaux sociaux</translation>
    </message>
    <message>
        <source>A&amp;3 poster</source>
        <translation>Affiche A&amp;3</translation>
    </message>
    <message>
        <source>The A3 print poster, with its bleed and crop marks</source>
        <translation>L’affiche A3 pour l’impression, avec fond perdu et traits de coupe</translation>
    </message>
    <message>
        <source>Preview of the quote poster</source>
        <translation>Aperçu de l’affiche citation</translation>
    </message>
    <message>
        <source>Open a project to make its quote posters.</source>
        <translation>Ouvrez un projet pour créer ses affiches citations.</translation>
    </message>
    <message>
        <source>(new speaker)</source>
        <translation>(nouvel intervenant)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n caractère en trop</numerusform>
            <numerusform>%n caractères en trop</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a speaker to make quote posters.</source>
        <translation>Ajoutez un intervenant pour créer des affiches citations.</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>intervenant %1</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %1 is %n character(s) over the limit of %2 that every speaker has.</source>
        <translation>
            <numerusform>La citation de %1 dépasse de %n caractère la limite de %2 commune à tous les intervenants.</numerusform>
            <numerusform>La citation de %1 dépasse de %n caractères la limite de %2 commune à tous les intervenants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 has no name.</source>
        <translation>L’intervenant %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1 has no quote yet.</source>
        <translation>%1 n’a pas encore de citation.</translation>
    </message>
    <message>
        <source>A3 print poster and 1080×1080 square for every speaker</source>
        <translation>Affiche A3 pour l’impression et carré 1080×1080 pour chaque intervenant</translation>
    </message>
    <message>
        <source>Choose a portrait</source>
        <translation>Choisir un portrait</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Copying the portrait</source>
        <translation>Copie du portrait</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Copie de %1…</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contribution n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in the project</source>
        <translation>La contribution n°&#xa0;%1 ne fait plus partie du projet</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>Drawing the quote poster preview</source>
        <translation>Création de l’aperçu de l’affiche citation</translation>
    </message>
    <message>
        <source>The A3 poster</source>
        <translation>L’affiche A3</translation>
    </message>
    <message>
        <source>The square</source>
        <translation>Le carré</translation>
    </message>
    <message>
        <source>%1 will not be made: the portrait&apos;s %2.</source>
        <translation>%1&#xa0;: génération impossible (portrait&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Rendering the quote posters</source>
        <translation>Génération des affiches citations</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Annulé&#xa0;; aucun fichier partiellement écrit n’a été conservé.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Génération de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n fichier écrit dans %1</numerusform>
            <numerusform>%n fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Portraits left out: %1</source>
        <translation>Portraits écartés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not a portrait of a resident</source>
        <translation>Pas le portrait d’un habitant</translation>
    </message>
    <message>
        <source>Blurred, too dark or too small</source>
        <translation>Floue, trop sombre ou trop petite</translation>
    </message>
    <message>
        <source>Inappropriate content</source>
        <translation>Contenu inapproprié</translation>
    </message>
    <message>
        <source>Other people in the photo have not consented</source>
        <translation>D’autres personnes sur la photo n’ont pas donné leur consentement</translation>
    </message>
    <message>
        <source>Same photo as another contribution</source>
        <translation>Même photo qu’une autre contribution</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n contribution(s) rejected?</source>
        <translation>
            <numerusform>Pourquoi rejeter %n contribution&#xa0;?</numerusform>
            <numerusform>Pourquoi rejeter ces %n contributions&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a reason or pick one given before</source>
        <translation>Saisissez un motif ou choisissez-en un déjà utilisé</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Kept with each contribution and in the audit log</source>
        <translation>Conservé avec chaque contribution et dans le journal d’audit</translation>
    </message>
    <message>
        <source>The reason is kept with each contribution and in the project&apos;s audit log.</source>
        <translation>Le motif est conservé avec chaque contribution et dans le journal d’audit du projet.</translation>
    </message>
</context>
<context>
    <name>RenderReportDialog</name>
    <message>
        <source>Rendered photos</source>
        <translation>Photos générées</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n fichier généré</numerusform>
            <numerusform>%n fichiers générés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contribution écartée</numerusform>
            <numerusform>%n contributions écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like this photo?</source>
        <translation>Cette photo vous plaît ?</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Garder cette photo</translation>
    </message>
</context>
<context>
    <name>SafeZones</name>
    <message>
        <source>Top bar of the app</source>
        <translation>Barre supérieure de l’appli</translation>
    </message>
    <message>
        <source>Reply bar</source>
        <translation>Barre de réponse</translation>
    </message>
    <message>
        <source>Circular crop</source>
        <translation>Recadrage circulaire</translation>
    </message>
    <message>
        <source>Mobile crop</source>
        <translation>Recadrage mobile</translation>
    </message>
    <message>
        <source>Desktop crop</source>
        <translation>Recadrage ordinateur</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Photo de profil</translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation>Zone de sécurité</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <source>Saving your portrait…</source>
        <translation>Enregistrement de votre portrait…</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score of %1</source>
        <translation>Note de %1</translation>
    </message>
    <message>
        <source>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</source>
        <translation>De 0 à 10 par pas de 0,5 (7,5 ou 7.5)&#xa0;; vide&#xa0;: pas de note</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>Remarque pour le jury</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Note (school, class)</source>
        <translation>Remarque (école, classe)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Indications</translation>
    </message>
    <message>
        <source>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</source>
        <translation>Notes de %1&#xa0;: de 0 à 10 par pas de 0,5. Saisissez une note et appuyez sur Enter&#xa0;; effacez-la pour laisser la participation sans note.</translation>
    </message>
    <message>
        <source>For the jury only: never printed on a card.</source>
        <translation>Réservé au jury&#xa0;: jamais imprimé sur un visuel.</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; scores.</source>
        <translation>La moyenne des notes des jurés.</translation>
    </message>
    <message>
        <source>Equal means: more scores first, then the higher median, then the entry submitted first.</source>
        <translation>À moyenne égale&#xa0;: d’abord le plus grand nombre de notes, puis la médiane la plus élevée, puis la participation soumise en premier.</translation>
    </message>
    <message>
        <source>No score from %1 yet</source>
        <translation>Pas encore de note de %1</translation>
    </message>
    <message>
        <source>%1 gave %2</source>
        <translation>%1 a donné %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Participation %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Entry %1 by %2</source>
        <translation>Participation %1 de %2</translation>
    </message>
    <message>
        <source>Left out: not approved any more</source>
        <translation>Écartée&#xa0;: n’est plus approuvée</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n score(s) missing</source>
        <translation>
            <numerusform>Incomplet&#xa0;: %n note manquante</numerusform>
            <numerusform>Incomplet&#xa0;: %n notes manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie settled by more scores</source>
        <translation>Égalité départagée par le nombre de notes</translation>
    </message>
    <message>
        <source>Tie settled by the median</source>
        <translation>Égalité départagée par la médiane</translation>
    </message>
    <message>
        <source>Tie settled by the earlier entry</source>
        <translation>Égalité départagée par la participation la plus ancienne</translation>
    </message>
    <message>
        <source>Not on a public card: %1</source>
        <translation>Absente des visuels publics&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</source>
        <translation>La langue des menus, des pages et des messages&#xa0;; elle change immédiatement. Les langues de la campagne se définissent dans chaque projet.</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Dossier d’&amp;export par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Each project&apos;s own exports folder</source>
        <translation>Le dossier d’exports de chaque projet</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d’export par défaut</translation>
    </message>
    <message>
        <source>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</source>
        <translation>Emplacement où les fichiers générés sont écrits, dans un dossier par ville. Laissez vide pour les conserver dans le dossier d’exports de chaque projet.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Choisir le dossier d’export par défaut</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Choisir le dossier dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</source>
        <translation>Les photos, affiches, bannières et le site web vont dans &lt;dossier&gt;/&lt;ville&gt;/…&#xa0;; la vidéo de la ville et les clips des habitants restent dans le projet. Les fichiers exportés hors du dossier du projet ne sont pas supprimés quand un habitant retire son consentement&#xa0;: supprimez-les à la main.</translation>
    </message>
    <message>
        <source>&amp;Worker processes:</source>
        <translation>Processus de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>Nombre de processus de travail</translation>
    </message>
    <message>
        <source>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</source>
        <translation>Nombre de processus qui décodent et génèrent les photos en même temps. Plus il y en a, plus c’est rapide sur un ordinateur à nombreux cœurs&#xa0;; moins il y en a, plus l’ordinateur reste disponible pour d’autres tâches. Par défaut&#xa0;: un par cœur (%1). S’applique à la prochaine importation ou génération.</translation>
    </message>
    <message>
        <source>Put every setting back to its default value (saved with OK)</source>
        <translation>Rétablir la valeur par défaut de chaque paramètre (à enregistrer avec OK)</translation>
    </message>
    <message>
        <source>Save and apply the settings</source>
        <translation>Enregistrer et appliquer les paramètres</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <source>“%1” is not a full path: choose the folder with Browse….</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin complet&#xa0;: choisissez le dossier avec Parcourir….</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ICC Studio cannot write in %1: %2</source>
        <translation>ICC Studio ne peut pas écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer les paramètres dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</source>
        <translation>L’équipe de la ville regardera votre portrait avant sa publication. Pour retirer votre consentement plus tard, adressez-vous à cet accueil.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
</TS>
