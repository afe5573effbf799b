<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignPage</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Kit artwork</source>
        <translation>Kit artwork</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtags:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limits:</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>Countdown starts:</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>The day:</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Follow-up until:</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <source>Create a project with File › New project, or open one with File › Open project.</source>
        <translation>Create a project with File › New project, or open one with File › Open project.</translation>
    </message>
    <message>
        <source>messages up to %1 characters; clips up to %2 s</source>
        <translation>messages up to %1 characters; clips up to %2 s</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>Drawing the kit preview</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>print poster</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>city video</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>network re-share</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>Import photos and clips (Ctrl+I); you can also drop files here</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Import a f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Approve the selected contributions (A)</source>
        <translation>Approve the selected contributions (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Reject the selected contributions with a reason (R)</source>
        <translation>Reject the selected contributions with a reason (R)</translation>
    </message>
    <message>
        <source>Render &amp;photos</source>
        <translation>Render &amp;photos</translation>
    </message>
    <message>
        <source>Frame every approved photo in every format, with alt text (Ctrl+R)</source>
        <translation>Frame every approved photo in every format, with alt text (Ctrl+R)</translation>
    </message>
    <message>
        <source>Preview of the framed photo</source>
        <translation>Preview of the framed photo</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Show contributions with status</source>
        <translation>Show contributions with status</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>No project open.</translation>
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
            <numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform><numerusform>%n approved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform><numerusform>%n rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform><numerusform>%n withdrawn</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects.</source>
        <translation>Select a contribution to see its details. A approves, R rejects.</translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation>no purpose</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Drawing the preview</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>Rendering photos</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Why are these contributions rejected?</source>
        <translation>Why are these contributions rejected?</translation>
    </message>
    <message>
        <source>Import photos and clips</source>
        <translation>Import photos and clips</translation>
    </message>
    <message>
        <source>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and clips</source>
        <translation>Import a folder of photos and clips</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ICC Studio — unexpected error</source>
        <translation>ICC Studio — unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</source>
        <translation>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>already contribution #%1</source>
        <translation>already contribution #%1</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Stop this job; nothing half-finished is kept</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Cancel the running job</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Progress of the running job</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
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
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About ICC Studio</source>
        <translation>&amp;About ICC Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>No project open — File › New project or File › Open project</source>
        <translation>No project open — File › New project or File › Open project</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) of this project are missing from its folder.</source>
        <translation>
            <numerusform>%n media file of this project is missing from its folder.</numerusform>
            <numerusform>%n media files of this project are missing from its folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a campaign project</source>
        <translation>Open a campaign project</translation>
    </message>
    <message>
        <source>About ICC Studio</source>
        <translation>About ICC Studio</translation>
    </message>
    <message>
        <source>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</source>
        <translation>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit?</source>
        <translation>
            <numerusform>%n job still running. Cancel it and quit?</numerusform>
            <numerusform>%n jobs still running. Cancel them and quit?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New campaign project</source>
        <translation>New campaign project</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Project folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>For example: Lisbon</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>City name</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>Campaign kit</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>Campaign languages</translation>
    </message>
    <message>
        <source>The languages of the city's campaign; captions and posters use them</source>
        <translation>The languages of the city's campaign; captions and posters use them</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Campaign year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Choose an empty folder for the project</source>
        <translation>Choose an empty folder for the project</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Choose a folder for the project.</translation>
    </message>
    <message>
        <source>Enter the city's name.</source>
        <translation>Enter the city's name.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Choose at least one language.</translation>
    </message>
</context>
<context>
    <name>RenderReportDialog</name>
    <message>
        <source>Rendered photos</source>
        <translation>Rendered photos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n file rendered</numerusform>
            <numerusform>%n files rendered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contribution left out</numerusform>
            <numerusform>%n contributions left out</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
</TS>