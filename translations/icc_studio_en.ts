<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your portrait for the campaign: it takes two minutes.</source>
        <translation>Take your portrait for the campaign: it takes two minutes.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Touch here to start</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
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
    <message>
        <source>Preview of a square post</source>
        <translation>Preview of a square post</translation>
    </message>
    <message>
        <source>Preview of a story</source>
        <translation>Preview of a story</translation>
    </message>
    <message>
        <source>Preview of a profile picture</source>
        <translation>Preview of a profile picture</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Event capture</source>
        <translation>Event capture</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Stop the camera</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Start the camera</translation>
    </message>
    <message>
        <source>&amp;Take the portrait</source>
        <translation>&amp;Take the portrait</translation>
    </message>
    <message>
        <source>&amp;Take it again</source>
        <translation>&amp;Take it again</translation>
    </message>
    <message>
        <source>Take the portrait (Ctrl+T)</source>
        <translation>Take the portrait (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pick photos from a camera card…</source>
        <translation>&amp;Pick photos from a camera card…</translation>
    </message>
    <message>
        <source>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</source>
        <translation>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>I am…</translation>
    </message>
    <message>
        <source>The resident&apos;s message (optional)</source>
        <translation>The resident&apos;s message (optional)</translation>
    </message>
    <message>
        <source>The resident&apos;s message</source>
        <translation>The resident&apos;s message</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Forget this resident&apos;s picture and form</source>
        <translation>Forget this resident&apos;s picture and form</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Keep the picture with its consent (Ctrl+Enter)</source>
        <translation>Keep the picture with its consent (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1</source>
        <translation>The camera cannot be opened: %1</translation>
    </message>
    <message>
        <source>The camera is not answering: check its cable. It will be used again as soon as it is back.</source>
        <translation>The camera is not answering: check its cable. It will be used again as soon as it is back.</translation>
    </message>
    <message>
        <source>The resident&apos;s photos</source>
        <translation>The resident&apos;s photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) picked:</source>
        <translation>
            <numerusform>%n photo picked:</numerusform>
            <numerusform>%n photos picked:</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the camera, or pick photos from a camera card.</source>
        <translation>Start the camera, or pick photos from a camera card.</translation>
    </message>
    <message>
        <source>Take the portrait or pick the photos first.</source>
        <translation>Take the portrait or pick the photos first.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>The message is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Keeping the portrait</source>
        <translation>Keeping the portrait</translation>
    </message>
    <message>
        <source>Keeping the photos</source>
        <translation>Keeping the photos</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n contribution(s), pending review.</source>
        <translation>
            <numerusform>Kept: %n contribution, pending review.</numerusform>
            <numerusform>Kept: %n contributions, pending review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Nothing was kept: %1</translation>
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
        <translation>◀ Frame</translation>
    </message>
    <message>
        <source>One frame back (← or ,)</source>
        <translation>One frame back (← or ,)</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Frame ▶</translation>
    </message>
    <message>
        <source>One frame forward (→ or .)</source>
        <translation>One frame forward (→ or .)</translation>
    </message>
    <message>
        <source>Set &amp;in</source>
        <translation>Set &amp;in</translation>
    </message>
    <message>
        <source>The part starts here (I); Shift+I goes to the in-point</source>
        <translation>The part starts here (I); Shift+I goes to the in-point</translation>
    </message>
    <message>
        <source>Set &amp;out</source>
        <translation>Set &amp;out</translation>
    </message>
    <message>
        <source>The part ends here (O); Shift+O goes to the out-point</source>
        <translation>The part ends here (O); Shift+O goes to the out-point</translation>
    </message>
    <message>
        <source>Use the whole clip</source>
        <translation>Use the whole clip</translation>
    </message>
    <message>
        <source>Preview normalised</source>
        <translation>Preview normalised</translation>
    </message>
    <message>
        <source>Play the part as it will be delivered: format, crop or padding, loudness, caption</source>
        <translation>Play the part as it will be delivered: format, crop or padding, loudness, caption</translation>
    </message>
    <message>
        <source>Back to the clip</source>
        <translation>Back to the clip</translation>
    </message>
    <message>
        <source>Campaign frame</source>
        <translation>Campaign frame</translation>
    </message>
    <message>
        <source>Crop or pad (automatic)</source>
        <translation>Crop or pad (automatic)</translation>
    </message>
    <message>
        <source>Crop around faces</source>
        <translation>Crop around faces</translation>
    </message>
    <message>
        <source>Pad with a blurred copy</source>
        <translation>Pad with a blurred copy</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>Delivery format</translation>
    </message>
    <message>
        <source>How the picture fills the format</source>
        <translation>How the picture fills the format</translation>
    </message>
    <message>
        <source>Clip player</source>
        <translation>Clip player</translation>
    </message>
    <message>
        <source>Timeline with the in and out points</source>
        <translation>Timeline with the in and out points</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play or pause (Space or K); L plays faster, J jumps back a second</source>
        <translation>Play or pause (Space or K); L plays faster, J jumps back a second</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>No project open.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>This project has no clips yet: import them on the Contributions page.</source>
        <translation>This project has no clips yet: import them on the Contributions page.</translation>
    </message>
    <message>
        <source>Preparing the clip for playback…</source>
        <translation>Preparing the clip for playback…</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Preparing the clip</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>frame %1</translation>
    </message>
    <message>
        <source>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</source>
        <translation>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</translation>
    </message>
    <message>
        <source>These in and out points do not fit the clip: %1</source>
        <translation>These in and out points do not fit the clip: %1</translation>
    </message>
    <message>
        <source>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</source>
        <translation>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</translation>
    </message>
    <message>
        <source>The clip is longer: set in and out points.</source>
        <translation>The clip is longer: set in and out points.</translation>
    </message>
    <message>
        <source>Preview of the normalised clip</source>
        <translation>Preview of the normalised clip</translation>
    </message>
    <message>
        <source>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</source>
        <translation>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</translation>
    </message>
    <message>
        <source>Showing the normalised preview (%1).</source>
        <translation>Showing the normalised preview (%1).</translation>
    </message>
</context>
<context>
    <name>CollagePage</name>
    <message>
        <source>Collage poster</source>
        <translation>Collage poster</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Arrangement (seed):</source>
        <translation>Arrangement (seed):</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Credits line</translation>
    </message>
    <message>
        <source>A line of first names under the photos: adults whose consent covers print.</source>
        <translation>A line of first names under the photos: adults whose consent covers print.</translation>
    </message>
    <message>
        <source>Render poster</source>
        <translation>Render poster</translation>
    </message>
    <message>
        <source>Justified rows</source>
        <translation>Justified rows</translation>
    </message>
    <message>
        <source>Justified columns</source>
        <translation>Justified columns</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>Regular grid</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Heart</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Preview of the collage poster</source>
        <translation>Preview of the collage poster</translation>
    </message>
    <message>
        <source>Open a project to make its collage poster.</source>
        <translation>Open a project to make its collage poster.</translation>
    </message>
    <message>
        <source>Drawing the collage preview</source>
        <translation>Drawing the collage preview</translation>
    </message>
    <message>
        <source>Too small to print: %1</source>
        <translation>Too small to print: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose consent covers print; smallest tile %1 mm.</source>
        <translation>
            <numerusform>%n photo whose consent covers print; smallest tile %1 mm.</numerusform>
            <numerusform>%n photos whose consent covers print; smallest tile %1 mm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the collage poster</source>
        <translation>Rendering the collage poster</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelled; nothing half-written was kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</source>
        <translation>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</translation>
    </message>
</context>
<context>
    <name>ConsentCsv</name>
    <message>
        <source>Consents of a batch (CSV)</source>
        <translation>Consents of a batch (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was applied.</source>
        <translation>
            <numerusform>%n problem found in %1; nothing was applied.</numerusform>
            <numerusform>%n problems found in %1; nothing was applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents not applied</source>
        <translation>Consents not applied</translation>
    </message>
    <message numerus="yes">
        <source>Give %n contribution(s) their consent from %1?</source>
        <translation>
            <numerusform>Give %n contribution their consent from %1?</numerusform>
            <numerusform>Give %n contributions their consent from %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply consents</source>
        <translation>Apply consents</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Social media and the campaign website</source>
        <translation>Social media and the campaign website</translation>
    </message>
    <message>
        <source>Printed posters, postcards and the calendar</source>
        <translation>Printed posters, postcards and the calendar</translation>
    </message>
    <message>
        <source>The city&apos;s campaign video</source>
        <translation>The city&apos;s campaign video</translation>
    </message>
    <message>
        <source>Sharing with the Intercultural Cities network and partner cities</source>
        <translation>Sharing with the Intercultural Cities network and partner cities</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Record a paper consent</translation>
    </message>
    <message numerus="yes">
        <source>Consent for %n contribution(s), as the resident signed it on paper.</source>
        <translation>
            <numerusform>Consent for %n contribution, as the resident signed it on paper.</numerusform>
            <numerusform>Consent for %n contributions, as the resident signed it on paper.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>First name or pseudonym</source>
        <translation>First name or pseudonym</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>Language of the consent text</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Consent text</translation>
    </message>
    <message>
        <source>Consent text:</source>
        <translation>Consent text:</translation>
    </message>
    <message>
        <source>Purposes the resident agrees to</source>
        <translation>Purposes the resident agrees to</translation>
    </message>
    <message>
        <source>The resident is a &amp;minor</source>
        <translation>The resident is a &amp;minor</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who consents</source>
        <translation>Name of the parent or guardian who consents</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <source>Optional: a scan or photo of the signed form</source>
        <translation>Optional: a scan or photo of the signed form</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scan of the signed form</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</translation>
    </message>
    <message>
        <source>Tick at least one purpose, as the resident chose.</source>
        <translation>Tick at least one purpose, as the resident chose.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s first name or a pseudonym.</source>
        <translation>Enter the resident&apos;s first name or a pseudonym.</translation>
    </message>
    <message>
        <source>Choose the language of the consent text.</source>
        <translation>Choose the language of the consent text.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent must be given by a parent or guardian: enter their name.</source>
        <translation>A minor&apos;s consent must be given by a parent or guardian: enter their name.</translation>
    </message>
    <message>
        <source>The scan cannot be used: %1</source>
        <translation>The scan cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your consent</source>
        <translation>Your consent</translation>
    </message>
    <message>
        <source>What may the city do with your photo and your message?</source>
        <translation>What may the city do with your photo and your message?</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Tick at least one.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>How old are you?</translation>
    </message>
    <message>
        <source>%1 or older</source>
        <translation>%1 or older</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Under %1</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>no consent recorded</translation>
    </message>
    <message>
        <source>consent does not cover social media</source>
        <translation>consent does not cover social media</translation>
    </message>
    <message>
        <source>Student contest</source>
        <translation>Student contest</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>The entries of one category and their ranking</source>
        <translation>The entries of one category and their ranking</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Add entries…</source>
        <translation>Add entries…</translation>
    </message>
    <message>
        <source>Enter approved photos and clips in the contest</source>
        <translation>Enter approved photos and clips in the contest</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <source>Take the selected entry out of the contest, with its scores (the contribution stays)</source>
        <translation>Take the selected entry out of the contest, with its scores (the contribution stays)</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>Juror:</translation>
    </message>
    <message>
        <source>The juror to rename or remove</source>
        <translation>The juror to rename or remove</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Add juror…</source>
        <translation>Add juror…</translation>
    </message>
    <message>
        <source>Add a juror: a new score column</source>
        <translation>Add a juror: a new score column</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rename the chosen juror</source>
        <translation>Rename the chosen juror</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Remove juror</translation>
    </message>
    <message>
        <source>Remove the chosen juror and every score they gave</source>
        <translation>Remove the chosen juror and every score they gave</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Scores of the entries</source>
        <translation>Scores of the entries</translation>
    </message>
    <message>
        <source>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</source>
        <translation>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</translation>
    </message>
    <message>
        <source>Ranking summary</source>
        <translation>Ranking summary</translation>
    </message>
    <message>
        <source>Winner&apos;s card</source>
        <translation>Winner&apos;s card</translation>
    </message>
    <message>
        <source>Allow a provisional winner</source>
        <translation>Allow a provisional winner</translation>
    </message>
    <message>
        <source>Render the card before every juror has scored every entry</source>
        <translation>Render the card before every juror has scored every entry</translation>
    </message>
    <message>
        <source>Render winner card</source>
        <translation>Render winner card</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Open the folder of the winner&apos;s cards</source>
        <translation>Open the folder of the winner&apos;s cards</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>Card shown</translation>
    </message>
    <message>
        <source>Which of the rendered cards is shown</source>
        <translation>Which of the rendered cards is shown</translation>
    </message>
    <message>
        <source>Preview of the winner&apos;s card</source>
        <translation>Preview of the winner&apos;s card</translation>
    </message>
    <message>
        <source>Open a project to run its student contest.</source>
        <translation>Open a project to run its student contest.</translation>
    </message>
    <message>
        <source>No entries in this category yet: add approved contributions as entries.</source>
        <translation>No entries in this category yet: add approved contributions as entries.</translation>
    </message>
    <message>
        <source>Add the jurors: each one gets a score column.</source>
        <translation>Add the jurors: each one gets a score column.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>No scores yet.</translation>
    </message>
    <message>
        <source>Ranking final. Winner: entry %1 (%2), mean %3.</source>
        <translation>Ranking final. Winner: entry %1 (%2), mean %3.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n score(s) still missing.</source>
        <translation>
            <numerusform>Provisional ranking: %n score still missing.</numerusform>
            <numerusform>Provisional ranking: %n scores still missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leading: entry %1 (%2), mean %3.</source>
        <translation>Leading: entry %1 (%2), mean %3.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Open a project first.</translation>
    </message>
    <message>
        <source>There is no winner yet: no entry has a score.</source>
        <translation>There is no winner yet: no entry has a score.</translation>
    </message>
    <message>
        <source>The ranking is not final: every juror must score every entry (or allow a provisional winner).</source>
        <translation>The ranking is not final: every juror must score every entry (or allow a provisional winner).</translation>
    </message>
    <message>
        <source>The winner may not appear on a public card: %1</source>
        <translation>The winner may not appear on a public card: %1</translation>
    </message>
    <message>
        <source>Render the winner&apos;s card, square and story, in each language of the project</source>
        <translation>Render the winner&apos;s card, square and story, in each language of the project</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>score of entry %1 by %2</source>
        <translation>score of entry %1 by %2</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Add juror</translation>
    </message>
    <message>
        <source>Name of the juror:</source>
        <translation>Name of the juror:</translation>
    </message>
    <message>
        <source>%1 joined the jury.</source>
        <translation>%1 joined the jury.</translation>
    </message>
    <message>
        <source>Rename juror</source>
        <translation>Rename juror</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>New name of %1:</translation>
    </message>
    <message>
        <source>Remove %1 and every score they gave?</source>
        <translation>Remove %1 and every score they gave?</translation>
    </message>
    <message>
        <source>%1 left the jury; their scores were removed.</source>
        <translation>%1 left the jury; their scores were removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added.</source>
        <translation>
            <numerusform>%n entry(ies) added.</numerusform>
            <numerusform>%n entry(ies) added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to remove first.</source>
        <translation>Select the entry to remove first.</translation>
    </message>
    <message>
        <source>Take entry %1 out of the contest, with its scores?</source>
        <translation>Take entry %1 out of the contest, with its scores?</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card</source>
        <translation>Rendering the winner&apos;s card</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card…</source>
        <translation>Rendering the winner&apos;s card…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelled; nothing half-written was kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n card written to %1</numerusform>
            <numerusform>%n cards written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name on the card: the winner is a minor or has no first name recorded)</source>
        <translation>(no name on the card: the winner is a minor or has no first name recorded)</translation>
    </message>
    <message>
        <source>square</source>
        <translation>square</translation>
    </message>
    <message>
        <source>story</source>
        <translation>story</translation>
    </message>
    <message>
        <source>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</source>
        <translation>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</translation>
    </message>
    <message>
        <source>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</source>
        <translation>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</translation>
    </message>
    <message>
        <source>There is already a juror named %1.</source>
        <translation>There is already a juror named %1.</translation>
    </message>
    <message>
        <source>Contribution %1 cannot enter the contest: %2</source>
        <translation>Contribution %1 cannot enter the contest: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ranking is not final: %n score(s) still missing.</source>
        <translation>
            <numerusform>The ranking is not final: %n score still missing.</numerusform>
            <numerusform>The ranking is not final: %n scores still missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The winner (entry %1) may not appear on a public card: %2</source>
        <translation>The winner (entry %1) may not appear on a public card: %2</translation>
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
        <source>consent for every purpose</source>
        <translation>consent for every purpose</translation>
    </message>
    <message>
        <source>consent for some purposes</source>
        <translation>consent for some purposes</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>consent missing</translation>
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
        <source>Import every photo and clip of a folder (Ctrl+Shift+I)</source>
        <translation>Import every photo and clip of a folder (Ctrl+Shift+I)</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit the crops, message and alt text of the selected contribution (E or Enter)</source>
        <translation>Edit the crops, message and alt text of the selected contribution (E or Enter)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>Record the consent a resident signed on paper for the selected contributions (C)</source>
        <translation>Record the consent a resident signed on paper for the selected contributions (C)</translation>
    </message>
    <message>
        <source>Consents from a CS&amp;V…</source>
        <translation>Consents from a CS&amp;V…</translation>
    </message>
    <message>
        <source>Give a batch of contributions their consent from a CSV file, checked line by line</source>
        <translation>Give a batch of contributions their consent from a CSV file, checked line by line</translation>
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
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
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
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Photos and clips</source>
        <translation>Photos and clips</translation>
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
        <translation>Any consent</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>Missing consent</translation>
    </message>
    <message>
        <source>Show contributions with this status</source>
        <translation>Show contributions with this status</translation>
    </message>
    <message>
        <source>Show photos, clips or both</source>
        <translation>Show photos, clips or both</translation>
    </message>
    <message>
        <source>Show contributions in language</source>
        <translation>Show contributions in language</translation>
    </message>
    <message>
        <source>Show contributions whose message is in this language</source>
        <translation>Show contributions whose message is in this language</translation>
    </message>
    <message>
        <source>Show contributions by consent</source>
        <translation>Show contributions by consent</translation>
    </message>
    <message>
        <source>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</source>
        <translation>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Every language</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>no language</translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n without consent</numerusform>
            <numerusform>%n without consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>No contribution matches these filters.</translation>
    </message>
    <message>
        <source>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</source>
        <translation>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</translation>
    </message>
    <message>
        <source>A approves them all, R rejects them all with one reason.</source>
        <translation>A approves them all, R rejects them all with one reason.</translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</source>
        <translation>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributor</translation>
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
        <source>Given on %1 (%2), text version %3, in %4</source>
        <translation>Given on %1 (%2), text version %3, in %4</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Guardian: %1</translation>
    </message>
    <message>
        <source>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</source>
        <translation>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</translation>
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
    <name>EditorPage</name>
    <message>
        <source>Feed square</source>
        <translation>Feed square</translation>
    </message>
    <message>
        <source>Feed portrait</source>
        <translation>Feed portrait</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profile picture</translation>
    </message>
    <message>
        <source>X header</source>
        <translation>X header</translation>
    </message>
    <message>
        <source>Facebook cover</source>
        <translation>Facebook cover</translation>
    </message>
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
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Back to the contributions (Esc)</source>
        <translation>Back to the contributions (Esc)</translation>
    </message>
    <message>
        <source>Back to the contributions</source>
        <translation>Back to the contributions</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous contribution (Page Up)</source>
        <translation>Previous contribution (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next contribution (Page Down)</source>
        <translation>Next contribution (Page Down)</translation>
    </message>
    <message>
        <source>Reset to the proposal</source>
        <translation>Reset to the proposal</translation>
    </message>
    <message>
        <source>Use the face-aware crop proposed for this format again (Ctrl+0)</source>
        <translation>Use the face-aware crop proposed for this format again (Ctrl+0)</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>Safe zones</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Crop for the %1 (Alt+%2)</source>
        <translation>Crop for the %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Crop for the %1</source>
        <translation>Crop for the %1</translation>
    </message>
    <message>
        <source>Photo with the crop of the chosen format</source>
        <translation>Photo with the crop of the chosen format</translation>
    </message>
    <message>
        <source>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</source>
        <translation>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</translation>
    </message>
    <message>
        <source>Choose a contribution on the Contributions page and press E to edit it.</source>
        <translation>Choose a contribution on the Contributions page and press E to edit it.</translation>
    </message>
    <message>
        <source>Preview of the output, drawn by the export renderer</source>
        <translation>Preview of the output, drawn by the export renderer</translation>
    </message>
    <message>
        <source>What the export will look like, drawn by the same renderer</source>
        <translation>What the export will look like, drawn by the same renderer</translation>
    </message>
    <message>
        <source>Show the platform&apos;s safe zones</source>
        <translation>Show the platform&apos;s safe zones</translation>
    </message>
    <message>
        <source>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</source>
        <translation>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Message shown on the photo</source>
        <translation>Message shown on the photo</translation>
    </message>
    <message>
        <source>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</source>
        <translation>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Length of the message</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Language of the message</translation>
    </message>
    <message>
        <source>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</source>
        <translation>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alt text:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <source>A description of the image for people who use a screen reader</source>
        <translation>A description of the image for people who use a screen reader</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</source>
        <translation>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Loading the photo…</translation>
    </message>
    <message>
        <source>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</source>
        <translation>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</translation>
    </message>
    <message>
        <source>Loading the photo</source>
        <translation>Loading the photo</translation>
    </message>
    <message>
        <source>Move the crop of the %1</source>
        <translation>Move the crop of the %1</translation>
    </message>
    <message>
        <source>Reset the crop of the %1</source>
        <translation>Reset the crop of the %1</translation>
    </message>
    <message>
        <source>Crop set by hand</source>
        <translation>Crop set by hand</translation>
    </message>
    <message>
        <source>Proposed crop</source>
        <translation>Proposed crop</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of %1</source>
        <translation>
            <numerusform>%n character of %1</numerusform>
            <numerusform>%n characters of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): this kit allows at most %1. The message is not saved until it is shortened.</source>
        <translation>
            <numerusform>Too long by %n character: this kit allows at most %1. The message is not saved until it is shortened.</numerusform>
            <numerusform>Too long by %n characters: this kit allows at most %1. The message is not saved until it is shortened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Edit the message</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Edit the alt text</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>No contribution open</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Drawing the preview</translation>
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
        <translation>Add entries</translation>
    </message>
    <message>
        <source>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</source>
        <translation>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</translation>
    </message>
    <message>
        <source>Approved contributions not entered yet</source>
        <translation>Approved contributions not entered yet</translation>
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
        <translation>Every approved photo and clip is already entered.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>There is no ICC Studio project in %1.</source>
        <translation>There is no ICC Studio project in %1.</translation>
    </message>
    <message>
        <source>%1 already holds files or a project; choose a new or empty folder.</source>
        <translation>%1 already holds files or a project; choose a new or empty folder.</translation>
    </message>
    <message>
        <source>The project in %1 is damaged: %2</source>
        <translation>The project in %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The project in %1 was made by a newer version of ICC Studio.</source>
        <translation>The project in %1 was made by a newer version of ICC Studio.</translation>
    </message>
    <message>
        <source>The kit file %1 is not valid: %2</source>
        <translation>The kit file %1 is not valid: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>%1 cannot be written: the disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>%1 cannot be written: the disk or folder is read-only.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>%1 cannot be written: you are not allowed to write in that folder.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is too large for that disk.</source>
        <translation>%1 cannot be written: the file is too large for that disk.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk reported an error (was it unplugged?).</source>
        <translation>%1 cannot be written: the disk reported an error (was it unplugged?).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>GuardianScreen</name>
    <message>
        <source>A parent or guardian must agree</source>
        <translation>A parent or guardian must agree</translation>
    </message>
    <message>
        <source>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</source>
        <translation>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>Name of the parent or guardian</translation>
    </message>
    <message>
        <source>I am the parent or guardian and I agree</source>
        <translation>I am the parent or guardian and I agree</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
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
    <message numerus="yes">
        <source>%n file(s) were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</source>
        <translation>
            <numerusform>%n file were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</numerusform>
            <numerusform>%n files were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only duplicates and rejected files</source>
        <translation>Only duplicates and rejected files</translation>
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
        <source>Files of the import</source>
        <translation>Files of the import</translation>
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
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
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
    <name>MessageScreen</name>
    <message>
        <source>Your first name or a nickname (optional)</source>
        <translation>Your first name or a nickname (optional)</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>Take the photo again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Send a contribution package</source>
        <translation>Send a contribution package</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <source>Receive packages</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>Package and entries</source>
        <translation>Package and entries</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Withdrawal and erasure</source>
        <translation>Withdrawal and erasure</translation>
    </message>
    <message>
        <source>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</source>
        <translation>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</translation>
    </message>
    <message>
        <source>Contributor:</source>
        <translation>Contributor:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <source>Erase contributor…</source>
        <translation>Erase contributor…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Delete the originals this many days after the campaign day:</source>
        <translation>Delete the originals this many days after the campaign day:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Save and apply</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>Privacy report</translation>
    </message>
    <message>
        <source>Show what this project stores about whom</source>
        <translation>Show what this project stores about whom</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Save as JSON…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit log: approvals, packages, erasures, retention</source>
        <translation>Audit log: approvals, packages, erasures, retention</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Open a project to exchange packages with the network.</source>
        <translation>Open a project to exchange packages with the network.</translation>
    </message>
    <message>
        <source>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</source>
        <translation>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</translation>
    </message>
    <message>
        <source>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</source>
        <translation>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Network — %1</translation>
    </message>
    <message>
        <source>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</source>
        <translation>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</translation>
    </message>
    <message>
        <source>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</source>
        <translation>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</translation>
    </message>
    <message>
        <source>Package from %1: revision %2, imported %3</source>
        <translation>Package from %1: revision %2, imported %3</translation>
    </message>
    <message>
        <source>No package imported yet.</source>
        <translation>No package imported yet.</translation>
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
        <translation>Originals are deleted after %1.</translation>
    </message>
    <message>
        <source>Originals are kept until a contributor is erased.</source>
        <translation>Originals are kept until a contributor is erased.</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Export package</translation>
    </message>
    <message>
        <source>Contribution packages (*.zip)</source>
        <translation>Contribution packages (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Exporting the package</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 written to %2: %n contribution(s)</source>
        <translation>
            <numerusform>Revision %1 written to %2: %n contribution</numerusform>
            <numerusform>Revision %1 written to %2: %n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal notice(s)</source>
        <translation>
            <numerusform>%n withdrawal notice</numerusform>
            <numerusform>%n withdrawal notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out (not approved, or no consent for re-share)</source>
        <translation>
            <numerusform>%n contribution left out (not approved, or no consent for re-share)</numerusform>
            <numerusform>%n contributions left out (not approved, or no consent for re-share)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>Importing packages</translation>
    </message>
    <message>
        <source>(the archive)</source>
        <translation>(the archive)</translation>
    </message>
    <message>
        <source>checked, %1 bytes</source>
        <translation>checked, %1 bytes</translation>
    </message>
    <message>
        <source>%1, revision %2: already imported, nothing changed</source>
        <translation>%1, revision %2: already imported, nothing changed</translation>
    </message>
    <message>
        <source>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</source>
        <translation>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</translation>
    </message>
    <message>
        <source>Refused: older than the package already imported from this city.</source>
        <translation>Refused: older than the package already imported from this city.</translation>
    </message>
    <message>
        <source>Refused: entry %1: %2</source>
        <translation>Refused: entry %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>unsafe name (%1)</source>
        <translation>unsafe name (%1)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>an encrypted entry</source>
        <translation>an encrypted entry</translation>
    </message>
    <message>
        <source>an unsupported compression method</source>
        <translation>an unsupported compression method</translation>
    </message>
    <message>
        <source>name collides with another entry (%1)</source>
        <translation>name collides with another entry (%1)</translation>
    </message>
    <message>
        <source>too many entries (%1)</source>
        <translation>too many entries (%1)</translation>
    </message>
    <message>
        <source>too large (%1)</source>
        <translation>too large (%1)</translation>
    </message>
    <message>
        <source>suspicious compression ratio (a possible zip bomb)</source>
        <translation>suspicious compression ratio (a possible zip bomb)</translation>
    </message>
    <message>
        <source>the manifest is not valid (%1)</source>
        <translation>the manifest is not valid (%1)</translation>
    </message>
    <message>
        <source>made by a newer ICC Studio</source>
        <translation>made by a newer ICC Studio</translation>
    </message>
    <message>
        <source>wrong checksum (%1)</source>
        <translation>wrong checksum (%1)</translation>
    </message>
    <message>
        <source>a file the manifest does not declare</source>
        <translation>a file the manifest does not declare</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>missing (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>damaged archive (%1)</translation>
    </message>
    <message>
        <source>overlapping entries (%1)</source>
        <translation>overlapping entries (%1)</translation>
    </message>
    <message>
        <source>this is this project&apos;s own package</source>
        <translation>this is this project&apos;s own package</translation>
    </message>
    <message>
        <source>made for another campaign (%1)</source>
        <translation>made for another campaign (%1)</translation>
    </message>
    <message>
        <source>same revision with other content</source>
        <translation>same revision with other content</translation>
    </message>
    <message>
        <source>Erase contributor</source>
        <translation>Erase contributor</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</source>
        <translation>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</translation>
    </message>
    <message>
        <source>Erasing a contributor</source>
        <translation>Erasing a contributor</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n file(s) deleted</source>
        <translation>
            <numerusform>Erased: %n file deleted</numerusform>
            <numerusform>Erased: %n files deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to render again</source>
        <translation>
            <numerusform>%n output to render again</numerusform>
            <numerusform>%n outputs to render again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next package carries %n withdrawal notice(s) for them.</source>
        <translation>
            <numerusform>The next package carries %n withdrawal notice for them.</numerusform>
            <numerusform>The next package carries %n withdrawal notices for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention setting</source>
        <translation>Applying the retention setting</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) deleted now.</source>
        <translation>
            <numerusform>%n original deleted now.</numerusform>
            <numerusform>%n originals deleted now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the privacy report</source>
        <translation>Making the privacy report</translation>
    </message>
    <message>
        <source>minor, guardian %1</source>
        <translation>minor, guardian %1</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>from a package</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Consent of %1</translation>
    </message>
    <message>
        <source> — signed form kept</source>
        <translation> — signed form kept</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contribution #%1</translation>
    </message>
    <message>
        <source>%1 stored files, %2 renders</source>
        <translation>%1 stored files, %2 renders</translation>
    </message>
    <message>
        <source>originals deleted after %1</source>
        <translation>originals deleted after %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Withdrawal notices</source>
        <translation>Withdrawal notices</translation>
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
        <source>Save the privacy report</source>
        <translation>Save the privacy report</translation>
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
        <source>The languages of the city&apos;s campaign; captions and posters use them</source>
        <translation>The languages of the city&apos;s campaign; captions and posters use them</translation>
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
        <source>Enter the city&apos;s name.</source>
        <translation>Enter the city&apos;s name.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Choose at least one language.</translation>
    </message>
</context>
<context>
    <name>NoCameraScreen</name>
    <message>
        <source>The camera is not available at the moment</source>
        <translation>The camera is not available at the moment</translation>
    </message>
    <message>
        <source>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</source>
        <translation>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progress of %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Stop this job; nothing half-finished is kept</translation>
    </message>
    <message>
        <source>Waiting for the previous render</source>
        <translation>Waiting for the previous render</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Show the rendered files in the file manager</source>
        <translation>Show the rendered files in the file manager</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-finished was kept</source>
        <translation>Cancelled; nothing half-finished was kept</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%n second(s) left</source>
        <translation>%n second(s) left</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</source>
        <translation>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</translation>
    </message>
    <message>
        <source>What to render</source>
        <translation>What to render</translation>
    </message>
    <message>
        <source>Framed photos</source>
        <translation>Framed photos</translation>
    </message>
    <message>
        <source>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</source>
        <translation>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</translation>
    </message>
    <message>
        <source>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</source>
        <translation>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</translation>
    </message>
    <message>
        <source>Per-city video</source>
        <translation>Per-city video</translation>
    </message>
    <message>
        <source>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</source>
        <translation>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Target length:</source>
        <translation>Target length:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The time each photo is shown adapts so that the video lasts this long</source>
        <translation>The time each photo is shown adapts so that the video lasts this long</translation>
    </message>
    <message>
        <source>Music:</source>
        <translation>Music:</translation>
    </message>
    <message>
        <source>No music (optional)</source>
        <translation>No music (optional)</translation>
    </message>
    <message>
        <source>Music file</source>
        <translation>Music file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>A music track: faded in and out, lowered while residents speak</source>
        <translation>A music track: faded in and out, lowered while residents speak</translation>
    </message>
    <message>
        <source>Burn the clips&apos; subtitles into the picture</source>
        <translation>Burn the clips&apos; subtitles into the picture</translation>
    </message>
    <message>
        <source>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</source>
        <translation>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</translation>
    </message>
    <message>
        <source>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</source>
        <translation>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</translation>
    </message>
    <message>
        <source>One post per day before the day, in each language, square and story</source>
        <translation>One post per day before the day, in each language, square and story</translation>
    </message>
    <message>
        <source>X header and Facebook cover with the city&apos;s name</source>
        <translation>X header and Facebook cover with the city&apos;s name</translation>
    </message>
    <message>
        <source>A6 postcards, front and back, and sheets of four on A4</source>
        <translation>A6 postcards, front and back, and sheets of four on A4</translation>
    </message>
    <message>
        <source>An A3 poster and a square post per speaker saved on the Quote posters page</source>
        <translation>An A3 poster and a square post per speaker saved on the Quote posters page</translation>
    </message>
    <message>
        <source>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</source>
        <translation>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</translation>
    </message>
    <message>
        <source>Twelve months with one contribution each, A4 and A3</source>
        <translation>Twelve months with one contribution each, A4 and A3</translation>
    </message>
    <message>
        <source>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</source>
        <translation>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Render</translation>
    </message>
    <message>
        <source>Render the chosen outputs in the background</source>
        <translation>Render the chosen outputs in the background</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Render jobs</source>
        <translation>Render jobs</translation>
    </message>
    <message>
        <source>Open a project to render its outputs.</source>
        <translation>Open a project to render its outputs.</translation>
    </message>
    <message>
        <source>Choose a music track</source>
        <translation>Choose a music track</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</source>
        <translation>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <source>Per-city video (%1)</source>
        <translation>Per-city video (%1)</translation>
    </message>
    <message>
        <source>Resident clips</source>
        <translation>Resident clips</translation>
    </message>
    <message>
        <source>Collage poster</source>
        <translation>Collage poster</translation>
    </message>
    <message>
        <source>Countdown posts</source>
        <translation>Countdown posts</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Banners</translation>
    </message>
    <message>
        <source>Postcards</source>
        <translation>Postcards</translation>
    </message>
    <message>
        <source>Quote posters</source>
        <translation>Quote posters</translation>
    </message>
    <message>
        <source>Contest winner&apos;s card</source>
        <translation>Contest winner&apos;s card</translation>
    </message>
    <message>
        <source>Diversity calendar</source>
        <translation>Diversity calendar</translation>
    </message>
    <message>
        <source>Campaign gallery (website)</source>
        <translation>Campaign gallery (website)</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) rendered</source>
        <translation>
            <numerusform>%n output rendered</numerusform>
            <numerusform>%n outputs rendered</numerusform>
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
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
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
        <translation>%1 s, %2 s per photo</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contribution left out</numerusform>
            <numerusform>%n contributions left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>#%1 left out: %2</source>
        <translation>#%1 left out: %2</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Staff only: enter the PIN to leave the kiosk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Too many wrong PINs. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>PortraitChooser</name>
    <message>
        <source>Choose a portrait</source>
        <translation>Choose a portrait</translation>
    </message>
    <message>
        <source>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</source>
        <translation>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</translation>
    </message>
    <message>
        <source>Approved photos</source>
        <translation>Approved photos</translation>
    </message>
    <message>
        <source>square only</source>
        <translation>square only</translation>
    </message>
    <message>
        <source>A3 poster only</source>
        <translation>A3 poster only</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>print poster</translation>
    </message>
    <message>
        <source>no print consent</source>
        <translation>no print consent</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>no social-media consent</source>
        <translation>no social-media consent</translation>
    </message>
    <message>
        <source>No approved photo has consent for print or social media yet.</source>
        <translation>No approved photo has consent for print or social media yet.</translation>
    </message>
    <message>
        <source>Loading thumbnails</source>
        <translation>Loading thumbnails</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Look at the camera and smile!</source>
        <translation>Look at the camera and smile!</translation>
    </message>
    <message>
        <source>You appear as in a mirror. The photo itself will not be mirrored.</source>
        <translation>You appear as in a mirror. The photo itself will not be mirrored.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Take my photo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quote posters</source>
        <translation>Quote posters</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Every speaker gets the same poster and the same maximum quote length</source>
        <translation>Every speaker gets the same poster and the same maximum quote length</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Add a speaker</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Remove the selected speaker</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move the selected speaker up (the posters are numbered in this order)</source>
        <translation>Move the selected speaker up (the posters are numbered in this order)</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Move speaker up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Move the selected speaker down</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Move speaker down</translation>
    </message>
    <message>
        <source>&amp;Render quote posters</source>
        <translation>&amp;Render quote posters</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop rendering; nothing half-written is kept</source>
        <translation>Stop rendering; nothing half-written is kept</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>Rendering progress</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Open the folder of the rendered quote posters</source>
        <translation>Open the folder of the rendered quote posters</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>Portrait:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Quote:</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Speaker&apos;s name</translation>
    </message>
    <message>
        <source>For example: Claire Dubois</source>
        <translation>For example: Claire Dubois</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Speaker&apos;s role</translation>
    </message>
    <message>
        <source>For example: Mayor of the city</source>
        <translation>For example: Mayor of the city</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Language of the quote</translation>
    </message>
    <message>
        <source>The quotation marks and the writing direction follow the language</source>
        <translation>The quotation marks and the writing direction follow the language</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>Contribution…</translation>
    </message>
    <message>
        <source>Take the portrait from an approved photo of the project</source>
        <translation>Take the portrait from an approved photo of the project</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>An official portrait: the image is copied into the project</source>
        <translation>An official portrait: the image is copied into the project</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>No portrait</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>At most %1 characters, the same for every speaker</source>
        <translation>At most %1 characters, the same for every speaker</translation>
    </message>
    <message>
        <source>Quote length</source>
        <translation>Quote length</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>&amp;Square</translation>
    </message>
    <message>
        <source>The 1080×1080 square for social media</source>
        <translation>The 1080×1080 square for social media</translation>
    </message>
    <message>
        <source>A&amp;3 poster</source>
        <translation>A&amp;3 poster</translation>
    </message>
    <message>
        <source>The A3 print poster, with its bleed and crop marks</source>
        <translation>The A3 print poster, with its bleed and crop marks</translation>
    </message>
    <message>
        <source>Preview of the quote poster</source>
        <translation>Preview of the quote poster</translation>
    </message>
    <message>
        <source>Open a project to make its quote posters.</source>
        <translation>Open a project to make its quote posters.</translation>
    </message>
    <message>
        <source>(new speaker)</source>
        <translation>(new speaker)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n character over</numerusform>
            <numerusform>%n characters over</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a speaker to make quote posters.</source>
        <translation>Add a speaker to make quote posters.</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>speaker %1</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %1 is %n character(s) over the limit of %2 that every speaker has.</source>
        <translation>
            <numerusform>The quote of %1 is %n character over the limit of %2 that every speaker has.</numerusform>
            <numerusform>The quote of %1 is %n characters over the limit of %2 that every speaker has.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 has no name.</source>
        <translation>Speaker %1 has no name.</translation>
    </message>
    <message>
        <source>%1 has no quote yet.</source>
        <translation>%1 has no quote yet.</translation>
    </message>
    <message>
        <source>A3 print poster and 1080×1080 square for every speaker</source>
        <translation>A3 print poster and 1080×1080 square for every speaker</translation>
    </message>
    <message>
        <source>Choose a portrait</source>
        <translation>Choose a portrait</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Copying the portrait</source>
        <translation>Copying the portrait</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Copying %1…</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contribution #%1</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in the project</source>
        <translation>Contribution #%1 is no longer in the project</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Image file</translation>
    </message>
    <message>
        <source>Drawing the quote poster preview</source>
        <translation>Drawing the quote poster preview</translation>
    </message>
    <message>
        <source>The A3 poster</source>
        <translation>The A3 poster</translation>
    </message>
    <message>
        <source>The square</source>
        <translation>The square</translation>
    </message>
    <message>
        <source>%1 will not be made: the portrait&apos;s %2.</source>
        <translation>%1 will not be made: the portrait&apos;s %2.</translation>
    </message>
    <message>
        <source>Rendering the quote posters</source>
        <translation>Rendering the quote posters</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelled; nothing half-written was kept.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Rendering %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Portraits left out: %1</source>
        <translation>Portraits left out: %1</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not a portrait of a resident</source>
        <translation>Not a portrait of a resident</translation>
    </message>
    <message>
        <source>Blurred, too dark or too small</source>
        <translation>Blurred, too dark or too small</translation>
    </message>
    <message>
        <source>Inappropriate content</source>
        <translation>Inappropriate content</translation>
    </message>
    <message>
        <source>Other people in the photo have not consented</source>
        <translation>Other people in the photo have not consented</translation>
    </message>
    <message>
        <source>Same photo as another contribution</source>
        <translation>Same photo as another contribution</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n contribution(s) rejected?</source>
        <translation>
            <numerusform>Why are these %n contribution rejected?</numerusform>
            <numerusform>Why are these %n contributions rejected?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a reason or pick one given before</source>
        <translation>Type a reason or pick one given before</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Reason for the rejection</translation>
    </message>
    <message>
        <source>Kept with each contribution and in the audit log</source>
        <translation>Kept with each contribution and in the audit log</translation>
    </message>
    <message>
        <source>The reason is kept with each contribution and in the project&apos;s audit log.</source>
        <translation>The reason is kept with each contribution and in the project&apos;s audit log.</translation>
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
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like this photo?</source>
        <translation>Do you like this photo?</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Take it again</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Keep this photo</translation>
    </message>
</context>
<context>
    <name>SafeZones</name>
    <message>
        <source>Top bar of the app</source>
        <translation>Top bar of the app</translation>
    </message>
    <message>
        <source>Reply bar</source>
        <translation>Reply bar</translation>
    </message>
    <message>
        <source>Circular crop</source>
        <translation>Circular crop</translation>
    </message>
    <message>
        <source>Mobile crop</source>
        <translation>Mobile crop</translation>
    </message>
    <message>
        <source>Desktop crop</source>
        <translation>Desktop crop</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profile picture</translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation>Safe area</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <source>Saving your portrait…</source>
        <translation>Saving your portrait…</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score of %1</source>
        <translation>Score of %1</translation>
    </message>
    <message>
        <source>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</source>
        <translation>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>Note for the jury</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Note (school, class)</source>
        <translation>Note (school, class)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</source>
        <translation>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</translation>
    </message>
    <message>
        <source>For the jury only: never printed on a card.</source>
        <translation>For the jury only: never printed on a card.</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; scores.</source>
        <translation>The mean of the jurors&apos; scores.</translation>
    </message>
    <message>
        <source>Equal means: more scores first, then the higher median, then the entry submitted first.</source>
        <translation>Equal means: more scores first, then the higher median, then the entry submitted first.</translation>
    </message>
    <message>
        <source>No score from %1 yet</source>
        <translation>No score from %1 yet</translation>
    </message>
    <message>
        <source>%1 gave %2</source>
        <translation>%1 gave %2</translation>
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
        <translation>no score</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Entry %1, %2: %3</translation>
    </message>
    <message>
        <source>Entry %1 by %2</source>
        <translation>Entry %1 by %2</translation>
    </message>
    <message>
        <source>Left out: not approved any more</source>
        <translation>Left out: not approved any more</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n score(s) missing</source>
        <translation>
            <numerusform>Incomplete: %n score missing</numerusform>
            <numerusform>Incomplete: %n scores missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie settled by more scores</source>
        <translation>Tie settled by more scores</translation>
    </message>
    <message>
        <source>Tie settled by the median</source>
        <translation>Tie settled by the median</translation>
    </message>
    <message>
        <source>Tie settled by the earlier entry</source>
        <translation>Tie settled by the earlier entry</translation>
    </message>
    <message>
        <source>Not on a public card: %1</source>
        <translation>Not on a public card: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</source>
        <translation>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Default &amp;export folder:</translation>
    </message>
    <message>
        <source>Each project&apos;s own exports folder</source>
        <translation>Each project&apos;s own exports folder</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Default export folder</translation>
    </message>
    <message>
        <source>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</source>
        <translation>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Choose the default export folder</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Choose the folder in a file dialog</translation>
    </message>
    <message>
        <source>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</source>
        <translation>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</translation>
    </message>
    <message>
        <source>&amp;Worker processes:</source>
        <translation>&amp;Worker processes:</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>Number of worker processes</translation>
    </message>
    <message>
        <source>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</source>
        <translation>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</translation>
    </message>
    <message>
        <source>Put every setting back to its default value (saved with OK)</source>
        <translation>Put every setting back to its default value (saved with OK)</translation>
    </message>
    <message>
        <source>Save and apply the settings</source>
        <translation>Save and apply the settings</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Close without changing anything</translation>
    </message>
    <message>
        <source>“%1” is not a full path: choose the folder with Browse….</source>
        <translation>“%1” is not a full path: choose the folder with Browse….</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>The folder %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>ICC Studio cannot write in %1: %2</source>
        <translation>ICC Studio cannot write in %1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2</source>
        <translation>The settings could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</source>
        <translation>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
</TS>
