<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Kit :</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Journée :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtags :</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>Début du compte à rebours :</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>Le jour J :</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Suivi jusqu’au :</translation>
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
        <translation>messages de %1 caractères au maximum ; clips de %2 s au maximum</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>Création de l’aperçu du kit</translation>
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
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>Importer des photos et des clips (Ctrl+I) ; vous pouvez aussi déposer des fichiers ici</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Importer un &amp;dossier…</translation>
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
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
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
            <numerusform>%n en attente</numerusform><numerusform>%n en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approuvée</numerusform><numerusform>%n approuvées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform><numerusform>%n rejetées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retirée</numerusform><numerusform>%n retirées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects.</source>
        <translation>Sélectionnez une contribution pour en voir le détail. A pour approuver, R pour rejeter.</translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation>aucune finalité</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
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
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
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
        <source>Drawing the preview</source>
        <translation>Dessin de l’aperçu</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>Génération des photos</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Why are these contributions rejected?</source>
        <translation>Pourquoi ces contributions sont-elles rejetées ?</translation>
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
        <translation>Une erreur s’est produite : %1

Votre projet ne risque rien : tout ce qui a été enregistré avant ce moment est conservé. Les détails figurent dans le fichier journal :
%2</translation>
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
        <translation>déjà importé (contribution n° %1)</translation>
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
        <translation>Arrêter cette tâche ; aucun résultat partiel n’est conservé</translation>
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
        <translation>Projet : %1</translation>
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
            <numerusform>%n tâche encore en cours. L’annuler et quitter ?</numerusform>
            <numerusform>%n tâches encore en cours. Les annuler et quitter ?</numerusform>
        </translation>
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
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>Par exemple : Lisbonne</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>Kit de campagne</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit :</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>Langues de la campagne</translation>
    </message>
    <message>
        <source>The languages of the city's campaign; captions and posters use them</source>
        <translation>Les langues de la campagne de la ville ; elles servent aux légendes et aux affiches</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Année de la campagne</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
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
        <source>Enter the city's name.</source>
        <translation>Saisissez le nom de la ville.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Choisissez au moins une langue.</translation>
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
</TS>