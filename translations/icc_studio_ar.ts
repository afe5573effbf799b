<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your portrait for the campaign: it takes two minutes.</source>
        <translation>التقط صورتك للحملة: لن يستغرق ذلك سوى دقيقتين.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>المس هنا للبدء</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Kit artwork</source>
        <translation>تصاميم الحزمة</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>اللغات:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>الحدود:</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>بداية العد التنازلي:</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>اليوم نفسه:</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>المتابعة حتى:</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>لا يوجد مشروع مفتوح</translation>
    </message>
    <message>
        <source>Create a project with File › New project, or open one with File › Open project.</source>
        <translation>أنشئ مشروعًا من ملف › مشروع جديد، أو افتح مشروعًا من ملف › فتح مشروع.</translation>
    </message>
    <message>
        <source>messages up to %1 characters; clips up to %2 s</source>
        <translation>الرسائل حتى %1 حرف؛ المقاطع حتى %2 ث</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>إنشاء معاينة الحزمة</translation>
    </message>
    <message>
        <source>Preview of a square post</source>
        <translation>معاينة منشور مربع</translation>
    </message>
    <message>
        <source>Preview of a story</source>
        <translation>معاينة قصة</translation>
    </message>
    <message>
        <source>Preview of a profile picture</source>
        <translation>معاينة صورة الملف الشخصي</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Event capture</source>
        <translation>التصوير في الفعالية</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>إيقاف الكاميرا</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>تشغيل الكاميرا</translation>
    </message>
    <message>
        <source>&amp;Take the portrait</source>
        <translation>&amp;التقاط الصورة</translation>
    </message>
    <message>
        <source>&amp;Take it again</source>
        <translation>&amp;إعادة الالتقاط</translation>
    </message>
    <message>
        <source>Take the portrait (Ctrl+T)</source>
        <translation>التقاط الصورة (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pick photos from a camera card…</source>
        <translation>&amp;اختيار صور من بطاقة الكاميرا…</translation>
    </message>
    <message>
        <source>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</source>
        <translation>التقط صورة الشخص أو اختر صوره، ثم املأ استمارة الموافقة معه. لا يُحفظ أي شيء قبل الضغط على «حفظ».</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>أنا…</translation>
    </message>
    <message>
        <source>The resident&apos;s message (optional)</source>
        <translation>رسالة الشخص (اختياري)</translation>
    </message>
    <message>
        <source>The resident&apos;s message</source>
        <translation>رسالة الشخص</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Forget this resident&apos;s picture and form</source>
        <translation>نسيان صورة هذا الشخص واستمارته</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Keep the picture with its consent (Ctrl+Enter)</source>
        <translation>حفظ الصورة مع الموافقة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1</source>
        <translation>تعذّر فتح الكاميرا: %1</translation>
    </message>
    <message>
        <source>The camera is not answering: check its cable. It will be used again as soon as it is back.</source>
        <translation>الكاميرا لا تستجيب: تحقّق من الكابل. ستُستخدم مجددًا فور عودتها.</translation>
    </message>
    <message>
        <source>The resident&apos;s photos</source>
        <translation>صور الشخص</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) picked:</source>
        <translation>
            <numerusform>الصور المختارة (%n):</numerusform>
            <numerusform>الصور المختارة (%n):</numerusform>
            <numerusform>الصور المختارة (%n):</numerusform>
            <numerusform>الصور المختارة (%n):</numerusform>
            <numerusform>الصور المختارة (%n):</numerusform>
            <numerusform>الصور المختارة (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the camera, or pick photos from a camera card.</source>
        <translation>شغّل الكاميرا أو اختر صورًا من بطاقة الكاميرا.</translation>
    </message>
    <message>
        <source>Take the portrait or pick the photos first.</source>
        <translation>التقط الصورة أو اختر الصور أولًا.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>عدد أحرف الرسالة يتجاوز %1.</translation>
    </message>
    <message>
        <source>Keeping the portrait</source>
        <translation>جارٍ حفظ الصورة</translation>
    </message>
    <message>
        <source>Keeping the photos</source>
        <translation>جارٍ حفظ الصور</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n contribution(s), pending review.</source>
        <translation>
            <numerusform>تم حفظ %n مساهمة، في انتظار المراجعة.</numerusform>
            <numerusform>تم حفظ %n مساهمة، في انتظار المراجعة.</numerusform>
            <numerusform>تم حفظ %n مساهمتين، في انتظار المراجعة.</numerusform>
            <numerusform>تم حفظ %n مساهمات، في انتظار المراجعة.</numerusform>
            <numerusform>تم حفظ %n مساهمةً، في انتظار المراجعة.</numerusform>
            <numerusform>تم حفظ %n مساهمة، في انتظار المراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>لم يُحفظ أي شيء: %1</translation>
    </message>
</context>
<context>
    <name>ClipsPage</name>
    <message>
        <source>Clips</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>◀ Frame</source>
        <translation>◀ إطار</translation>
    </message>
    <message>
        <source>One frame back (← or ,)</source>
        <translation>إطار واحد للخلف (← أو ,)</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>إطار ▶</translation>
    </message>
    <message>
        <source>One frame forward (→ or .)</source>
        <translation>إطار واحد للأمام (→ أو .)</translation>
    </message>
    <message>
        <source>Set &amp;in</source>
        <translation>تحديد &amp;بداية الجزء</translation>
    </message>
    <message>
        <source>The part starts here (I); Shift+I goes to the in-point</source>
        <translation>يبدأ الجزء هنا (I)؛ Shift+I للانتقال إلى نقطة البداية</translation>
    </message>
    <message>
        <source>Set &amp;out</source>
        <translation>تحديد &amp;نهاية الجزء</translation>
    </message>
    <message>
        <source>The part ends here (O); Shift+O goes to the out-point</source>
        <translation>ينتهي الجزء هنا (O)؛ Shift+O للانتقال إلى نقطة النهاية</translation>
    </message>
    <message>
        <source>Use the whole clip</source>
        <translation>استخدام المقطع كاملًا</translation>
    </message>
    <message>
        <source>Preview normalised</source>
        <translation>المعاينة بعد المعالجة</translation>
    </message>
    <message>
        <source>Play the part as it will be delivered: format, crop or padding, loudness, caption</source>
        <translation>تشغيل الجزء كما سيُسلَّم: الصيغة، والقص أو الحشو، وارتفاع الصوت، والتعليق</translation>
    </message>
    <message>
        <source>Back to the clip</source>
        <translation>العودة إلى المقطع</translation>
    </message>
    <message>
        <source>Campaign frame</source>
        <translation>إطار الحملة</translation>
    </message>
    <message>
        <source>Crop or pad (automatic)</source>
        <translation>قص أو حشو (تلقائي)</translation>
    </message>
    <message>
        <source>Crop around faces</source>
        <translation>قص حول الوجوه</translation>
    </message>
    <message>
        <source>Pad with a blurred copy</source>
        <translation>حشو بنسخة ضبابية</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>صيغة التسليم</translation>
    </message>
    <message>
        <source>How the picture fills the format</source>
        <translation>كيف تملأ الصورة الصيغة</translation>
    </message>
    <message>
        <source>Clip player</source>
        <translation>مشغّل المقاطع</translation>
    </message>
    <message>
        <source>Timeline with the in and out points</source>
        <translation>الخط الزمني مع نقطتي البداية والنهاية</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play or pause (Space or K); L plays faster, J jumps back a second</source>
        <translation>تشغيل أو إيقاف مؤقت (Space أو K)؛ L للتسريع، J للرجوع ثانية واحدة</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>This project has no clips yet: import them on the Contributions page.</source>
        <translation>لا توجد مقاطع في هذا المشروع بعد: استوردها من صفحة المساهمات.</translation>
    </message>
    <message>
        <source>Preparing the clip for playback…</source>
        <translation>جارٍ تجهيز المقطع للتشغيل…</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>تجهيز المقطع</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>الإطار %1</translation>
    </message>
    <message>
        <source>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</source>
        <translation>سيستغرق الجزء %1 ث، وهذا يتجاوز الحد الأقصى لهذه الحملة وهو %2 ث لكل مقطع من مقاطع السكان. حرّك نقطة البداية أو النهاية.</translation>
    </message>
    <message>
        <source>These in and out points do not fit the clip: %1</source>
        <translation>نقطتا البداية والنهاية هاتان لا تناسبان المقطع: %1</translation>
    </message>
    <message>
        <source>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</source>
        <translation>الجزء المستخدم: من %1 ث إلى %2 ث (%3 ث)؛ تسمح هذه الحملة بـ %4 ث لكل مقطع من مقاطع السكان.</translation>
    </message>
    <message>
        <source>The clip is longer: set in and out points.</source>
        <translation>المقطع أطول: حدّد نقطتي البداية والنهاية.</translation>
    </message>
    <message>
        <source>Preview of the normalised clip</source>
        <translation>معاينة المقطع بعد المعالجة</translation>
    </message>
    <message>
        <source>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</source>
        <translation>يستغرق الجزء %1 ث، وهذا يتجاوز الحد الأقصى لهذه الحملة وهو %2 ث لكل مقطع من مقاطع السكان: حدّد نقطتي البداية والنهاية أولًا.</translation>
    </message>
    <message>
        <source>Showing the normalised preview (%1).</source>
        <translation>عرض المعاينة بعد المعالجة (%1).</translation>
    </message>
</context>
<context>
    <name>CollagePage</name>
    <message>
        <source>Collage poster</source>
        <translation>ملصق الكولاج</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>الملصق</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <source>Arrangement (seed):</source>
        <translation>الترتيب (البذرة):</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>الصفحات:</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>سطر الأسماء</translation>
    </message>
    <message>
        <source>A line of first names under the photos: adults whose consent covers print.</source>
        <translation>سطر بالأسماء الأولى تحت الصور: البالغون الذين تشمل موافقتهم الطباعة.</translation>
    </message>
    <message>
        <source>Render poster</source>
        <translation>إنشاء الملصق</translation>
    </message>
    <message>
        <source>Justified rows</source>
        <translation>صفوف مضبوطة</translation>
    </message>
    <message>
        <source>Justified columns</source>
        <translation>أعمدة مضبوطة</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>شبكة منتظمة</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>قلب</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>Preview of the collage poster</source>
        <translation>معاينة ملصق الكولاج</translation>
    </message>
    <message>
        <source>Open a project to make its collage poster.</source>
        <translation>افتح مشروعًا لإنشاء ملصق الكولاج الخاص به.</translation>
    </message>
    <message>
        <source>Drawing the collage preview</source>
        <translation>إنشاء معاينة الكولاج</translation>
    </message>
    <message>
        <source>Too small to print: %1</source>
        <translation>أصغر من أن يُطبع: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose consent covers print; smallest tile %1 mm.</source>
        <translation>
            <numerusform>%n صورة بموافقة تشمل الطباعة؛ أصغر مربع %1 مم.</numerusform>
            <numerusform>%n صورة بموافقة تشمل الطباعة؛ أصغر مربع %1 مم.</numerusform>
            <numerusform>%n صورتان بموافقة تشمل الطباعة؛ أصغر مربع %1 مم.</numerusform>
            <numerusform>%n صور بموافقة تشمل الطباعة؛ أصغر مربع %1 مم.</numerusform>
            <numerusform>%n صورة بموافقة تشمل الطباعة؛ أصغر مربع %1 مم.</numerusform>
            <numerusform>%n صورة بموافقة تشمل الطباعة؛ أصغر مربع %1 مم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the collage poster</source>
        <translation>إنشاء ملصق الكولاج</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>أُلغي؛ لم يُحتفظ بأي ملف مكتوب جزئيًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>تمت كتابة %n ملف في %1</numerusform>
            <numerusform>تمت كتابة %n ملف في %1</numerusform>
            <numerusform>تمت كتابة %n ملفين في %1</numerusform>
            <numerusform>تمت كتابة %n ملفات في %1</numerusform>
            <numerusform>تمت كتابة %n ملفًا في %1</numerusform>
            <numerusform>تمت كتابة %n ملف في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</source>
        <translation>مع %1 من الصور ستُطبع المربعات بحجم %2 مم، أي أقل من الحد الأدنى للحزمة وهو %3 مم. استخدم %4 من الصفحات أو ورقًا أكبر.</translation>
    </message>
</context>
<context>
    <name>ConsentCsv</name>
    <message>
        <source>Consents of a batch (CSV)</source>
        <translation>موافقات دفعة (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was applied.</source>
        <translation>
            <numerusform>%n مشكلة في %1؛ لم يُطبَّق أي شيء.</numerusform>
            <numerusform>%n مشكلة في %1؛ لم يُطبَّق أي شيء.</numerusform>
            <numerusform>%n مشكلتان في %1؛ لم يُطبَّق أي شيء.</numerusform>
            <numerusform>%n مشكلات في %1؛ لم يُطبَّق أي شيء.</numerusform>
            <numerusform>%n مشكلةً في %1؛ لم يُطبَّق أي شيء.</numerusform>
            <numerusform>%n مشكلة في %1؛ لم يُطبَّق أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents not applied</source>
        <translation>لم تُطبَّق الموافقات</translation>
    </message>
    <message numerus="yes">
        <source>Give %n contribution(s) their consent from %1?</source>
        <translation>
            <numerusform>تطبيق الموافقة الواردة في %1 على %n مساهمة؟</numerusform>
            <numerusform>تطبيق الموافقة الواردة في %1 على %n مساهمة؟</numerusform>
            <numerusform>تطبيق الموافقة الواردة في %1 على %n مساهمتين؟</numerusform>
            <numerusform>تطبيق الموافقة الواردة في %1 على %n مساهمات؟</numerusform>
            <numerusform>تطبيق الموافقة الواردة في %1 على %n مساهمةً؟</numerusform>
            <numerusform>تطبيق الموافقة الواردة في %1 على %n مساهمة؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply consents</source>
        <translation>تطبيق الموافقات</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Social media and the campaign website</source>
        <translation>وسائل التواصل الاجتماعي وموقع الحملة الإلكتروني</translation>
    </message>
    <message>
        <source>Printed posters, postcards and the calendar</source>
        <translation>الملصقات المطبوعة والبطاقات البريدية والتقويم</translation>
    </message>
    <message>
        <source>The city&apos;s campaign video</source>
        <translation>فيديو حملة المدينة</translation>
    </message>
    <message>
        <source>Sharing with the Intercultural Cities network and partner cities</source>
        <translation>المشاركة مع شبكة المدن متعددة الثقافات والمدن الشريكة</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>تسجيل موافقة ورقية</translation>
    </message>
    <message numerus="yes">
        <source>Consent for %n contribution(s), as the resident signed it on paper.</source>
        <translation>
            <numerusform>موافقة على %n مساهمة، كما وقّعها الشخص على الورق.</numerusform>
            <numerusform>موافقة على %n مساهمة، كما وقّعها الشخص على الورق.</numerusform>
            <numerusform>موافقة على %n مساهمتين، كما وقّعها الشخص على الورق.</numerusform>
            <numerusform>موافقة على %n مساهمات، كما وقّعها الشخص على الورق.</numerusform>
            <numerusform>موافقة على %n مساهمةً، كما وقّعها الشخص على الورق.</numerusform>
            <numerusform>موافقة على %n مساهمة، كما وقّعها الشخص على الورق.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>First name or pseudonym</source>
        <translation>الاسم الأول أو اسم مستعار</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>لغة نص الموافقة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>نص الموافقة</translation>
    </message>
    <message>
        <source>Consent text:</source>
        <translation>نص الموافقة:</translation>
    </message>
    <message>
        <source>Purposes the resident agrees to</source>
        <translation>الأغراض التي يوافق عليها الشخص</translation>
    </message>
    <message>
        <source>The resident is a &amp;minor</source>
        <translation>الشخص &amp;قاصر</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who consents</source>
        <translation>اسم الوالد أو الوصي الذي يعطي الموافقة</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>اسم الوصي</translation>
    </message>
    <message>
        <source>Optional: a scan or photo of the signed form</source>
        <translation>اختياري: نسخة ممسوحة ضوئيًا أو صورة للاستمارة الموقَّعة</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>النسخة الممسوحة للاستمارة الموقَّعة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</source>
        <translation>نسخ ممسوحة (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</translation>
    </message>
    <message>
        <source>Tick at least one purpose, as the resident chose.</source>
        <translation>حدّد غرضًا واحدًا على الأقل، كما اختار الشخص.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s first name or a pseudonym.</source>
        <translation>أدخل الاسم الأول للشخص أو اسمًا مستعارًا.</translation>
    </message>
    <message>
        <source>Choose the language of the consent text.</source>
        <translation>اختر لغة نص الموافقة.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent must be given by a parent or guardian: enter their name.</source>
        <translation>يجب أن يعطي أحد الوالدين أو الوصي موافقة القاصر: أدخل اسمه.</translation>
    </message>
    <message>
        <source>The scan cannot be used: %1</source>
        <translation>لا يمكن استخدام النسخة الممسوحة: %1</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your consent</source>
        <translation>موافقتك</translation>
    </message>
    <message>
        <source>What may the city do with your photo and your message?</source>
        <translation>ماذا يجوز للبلدية أن تفعل بصورتك ورسالتك؟</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>اختر خيارًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>كم عمرك؟</translation>
    </message>
    <message>
        <source>%1 or older</source>
        <translation>%1 سنة أو أكثر</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>أقل من %1 سنة</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>أوافق</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>not approved</source>
        <translation>غير مقبولة</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>لا توجد موافقة مسجّلة</translation>
    </message>
    <message>
        <source>consent does not cover social media</source>
        <translation>الموافقة لا تشمل وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Student contest</source>
        <translation>مسابقة الطلاب</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>The entries of one category and their ranking</source>
        <translation>مشاركات فئة واحدة وترتيبها</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Add entries…</source>
        <translation>إضافة مشاركات…</translation>
    </message>
    <message>
        <source>Enter approved photos and clips in the contest</source>
        <translation>إدخال الصور والمقاطع المقبولة في المسابقة</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>إزالة المشاركة</translation>
    </message>
    <message>
        <source>Take the selected entry out of the contest, with its scores (the contribution stays)</source>
        <translation>سحب المشاركة المحددة من المسابقة مع درجاتها (تبقى المساهمة)</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>المحكّم:</translation>
    </message>
    <message>
        <source>The juror to rename or remove</source>
        <translation>المحكّم المراد إعادة تسميته أو إزالته</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>المحكّم</translation>
    </message>
    <message>
        <source>Add juror…</source>
        <translation>إضافة محكّم…</translation>
    </message>
    <message>
        <source>Add a juror: a new score column</source>
        <translation>إضافة محكّم: عمود درجات جديد</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Rename the chosen juror</source>
        <translation>إعادة تسمية المحكّم المختار</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>إزالة المحكّم</translation>
    </message>
    <message>
        <source>Remove the chosen juror and every score they gave</source>
        <translation>إزالة المحكّم المختار وكل الدرجات التي منحها</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Scores of the entries</source>
        <translation>درجات المشاركات</translation>
    </message>
    <message>
        <source>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</source>
        <translation>اكتب درجة (من 0 إلى 10، ويُسمح بأنصاف الدرجات) في عمود المحكّم واضغط Enter</translation>
    </message>
    <message>
        <source>Ranking summary</source>
        <translation>ملخص الترتيب</translation>
    </message>
    <message>
        <source>Winner&apos;s card</source>
        <translation>بطاقة الفائز</translation>
    </message>
    <message>
        <source>Allow a provisional winner</source>
        <translation>السماح بفائز مؤقت</translation>
    </message>
    <message>
        <source>Render the card before every juror has scored every entry</source>
        <translation>إنشاء البطاقة قبل أن يمنح كل محكّم درجة لكل مشاركة</translation>
    </message>
    <message>
        <source>Render winner card</source>
        <translation>إنشاء بطاقة الفائز</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Open the folder of the winner&apos;s cards</source>
        <translation>فتح مجلد بطاقات الفائز</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>البطاقة المعروضة</translation>
    </message>
    <message>
        <source>Which of the rendered cards is shown</source>
        <translation>البطاقة المعروضة من بين البطاقات المُنشأة</translation>
    </message>
    <message>
        <source>Preview of the winner&apos;s card</source>
        <translation>معاينة بطاقة الفائز</translation>
    </message>
    <message>
        <source>Open a project to run its student contest.</source>
        <translation>افتح مشروعًا لإدارة مسابقة الطلاب الخاصة به.</translation>
    </message>
    <message>
        <source>No entries in this category yet: add approved contributions as entries.</source>
        <translation>لا توجد مشاركات في هذه الفئة بعد: أضف المساهمات المقبولة بوصفها مشاركات.</translation>
    </message>
    <message>
        <source>Add the jurors: each one gets a score column.</source>
        <translation>أضف المحكّمين: لكل منهم عمود درجات.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>لا توجد درجات بعد.</translation>
    </message>
    <message>
        <source>Ranking final. Winner: entry %1 (%2), mean %3.</source>
        <translation>الترتيب نهائي. الفائز: المشاركة %1 (%2)، المتوسط %3.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n score(s) still missing.</source>
        <translation>
            <numerusform>ترتيب مؤقت: لا تزال %n درجة ناقصة.</numerusform>
            <numerusform>ترتيب مؤقت: لا تزال %n درجة ناقصة.</numerusform>
            <numerusform>ترتيب مؤقت: لا تزال %n درجتان ناقصتين.</numerusform>
            <numerusform>ترتيب مؤقت: لا تزال %n درجات ناقصة.</numerusform>
            <numerusform>ترتيب مؤقت: لا تزال %n درجةً ناقصة.</numerusform>
            <numerusform>ترتيب مؤقت: لا تزال %n درجة ناقصة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leading: entry %1 (%2), mean %3.</source>
        <translation>في الصدارة: المشاركة %1 (%2)، المتوسط %3.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>افتح مشروعًا أولًا.</translation>
    </message>
    <message>
        <source>There is no winner yet: no entry has a score.</source>
        <translation>لا يوجد فائز بعد: لم تحصل أي مشاركة على درجة.</translation>
    </message>
    <message>
        <source>The ranking is not final: every juror must score every entry (or allow a provisional winner).</source>
        <translation>الترتيب ليس نهائيًا: يجب أن يمنح كل محكّم درجة لكل مشاركة (أو اسمح بفائز مؤقت).</translation>
    </message>
    <message>
        <source>The winner may not appear on a public card: %1</source>
        <translation>لا يجوز أن يظهر الفائز على بطاقة عامة: %1</translation>
    </message>
    <message>
        <source>Render the winner&apos;s card, square and story, in each language of the project</source>
        <translation>إنشاء بطاقة الفائز، بصيغتي المربع والقصة، بكل لغة من لغات المشروع</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>تراجع: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>إعادة: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>إعادة (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>score of entry %1 by %2</source>
        <translation>درجة المشاركة %1 من المحكّم %2</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>إضافة محكّم</translation>
    </message>
    <message>
        <source>Name of the juror:</source>
        <translation>اسم المحكّم:</translation>
    </message>
    <message>
        <source>%1 joined the jury.</source>
        <translation>تمت إضافة %1 إلى لجنة التحكيم.</translation>
    </message>
    <message>
        <source>Rename juror</source>
        <translation>إعادة تسمية المحكّم</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>الاسم الجديد لـ %1:</translation>
    </message>
    <message>
        <source>Remove %1 and every score they gave?</source>
        <translation>إزالة %1 وكل الدرجات التي منحها؟</translation>
    </message>
    <message>
        <source>%1 left the jury; their scores were removed.</source>
        <translation>أُزيل %1 من لجنة التحكيم وحُذفت درجاته.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added.</source>
        <translation>
            <numerusform>تمت إضافة %n مشاركة.</numerusform>
            <numerusform>تمت إضافة %n مشاركة.</numerusform>
            <numerusform>تمت إضافة %n مشاركتين.</numerusform>
            <numerusform>تمت إضافة %n مشاركات.</numerusform>
            <numerusform>تمت إضافة %n مشاركةً.</numerusform>
            <numerusform>تمت إضافة %n مشاركة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to remove first.</source>
        <translation>حدّد أولًا المشاركة المراد إزالتها.</translation>
    </message>
    <message>
        <source>Take entry %1 out of the contest, with its scores?</source>
        <translation>سحب المشاركة %1 من المسابقة مع درجاتها؟</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card</source>
        <translation>إنشاء بطاقة الفائز</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card…</source>
        <translation>جارٍ إنشاء بطاقة الفائز…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>أُلغي؛ لم يُحتفظ بأي ملف مكتوب جزئيًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>تمت كتابة %n بطاقة في %1</numerusform>
            <numerusform>تمت كتابة %n بطاقة في %1</numerusform>
            <numerusform>تمت كتابة %n بطاقتين في %1</numerusform>
            <numerusform>تمت كتابة %n بطاقات في %1</numerusform>
            <numerusform>تمت كتابة %n بطاقةً في %1</numerusform>
            <numerusform>تمت كتابة %n بطاقة في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name on the card: the winner is a minor or has no first name recorded)</source>
        <translation>(لا يظهر اسم على البطاقة: الفائز قاصر أو لم يُسجَّل اسمه الأول)</translation>
    </message>
    <message>
        <source>square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <source>story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <source>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</source>
        <translation>لا توجد بطاقة بعد. عندما يمنح كل محكّم درجة لكل مشاركة، أنشئ بطاقة الفائز لتظهر هنا.</translation>
    </message>
    <message>
        <source>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</source>
        <translation>%1 ليس درجة صالحة: اكتب رقمًا من 0 إلى 10 بزيادات قدرها 0.5.</translation>
    </message>
    <message>
        <source>There is already a juror named %1.</source>
        <translation>يوجد بالفعل محكّم باسم %1.</translation>
    </message>
    <message>
        <source>Contribution %1 cannot enter the contest: %2</source>
        <translation>لا يمكن إدخال المساهمة %1 في المسابقة: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ranking is not final: %n score(s) still missing.</source>
        <translation>
            <numerusform>الترتيب ليس نهائيًا: لا تزال %n درجة ناقصة.</numerusform>
            <numerusform>الترتيب ليس نهائيًا: لا تزال %n درجة ناقصة.</numerusform>
            <numerusform>الترتيب ليس نهائيًا: لا تزال %n درجتان ناقصتين.</numerusform>
            <numerusform>الترتيب ليس نهائيًا: لا تزال %n درجات ناقصة.</numerusform>
            <numerusform>الترتيب ليس نهائيًا: لا تزال %n درجةً ناقصة.</numerusform>
            <numerusform>الترتيب ليس نهائيًا: لا تزال %n درجة ناقصة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The winner (entry %1) may not appear on a public card: %2</source>
        <translation>لا يجوز أن يظهر الفائز (المشاركة %1) على بطاقة عامة: %2</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>ملصق مطبوع</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>فيديو المدينة</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>إعادة المشاركة في الشبكة</translation>
    </message>
    <message>
        <source>consent for every purpose</source>
        <translation>موافقة على كل الأغراض</translation>
    </message>
    <message>
        <source>consent for some purposes</source>
        <translation>موافقة على بعض الأغراض</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>لا توجد موافقة</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>استيراد الصور والمقاطع (Ctrl+I)؛ يمكن أيضًا إفلات الملفات هنا</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>&amp;استيراد مجلد…</translation>
    </message>
    <message>
        <source>Import every photo and clip of a folder (Ctrl+Shift+I)</source>
        <translation>استيراد كل الصور والمقاطع من مجلد (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Approve the selected contributions (A)</source>
        <translation>قبول المساهمات المحددة (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Reject the selected contributions with a reason (R)</source>
        <translation>رفض المساهمات المحددة مع ذكر السبب (R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Edit the crops, message and alt text of the selected contribution (E or Enter)</source>
        <translation>تحرير القص والرسالة والنص البديل للمساهمة المحددة (E أو Enter)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>تسجيل &amp;موافقة…</translation>
    </message>
    <message>
        <source>Record the consent a resident signed on paper for the selected contributions (C)</source>
        <translation>تسجيل الموافقة التي وقّعها شخص على الورق للمساهمات المحددة (C)</translation>
    </message>
    <message>
        <source>Consents from a CS&amp;V…</source>
        <translation>موافقات من ملف CS&amp;V…</translation>
    </message>
    <message>
        <source>Give a batch of contributions their consent from a CSV file, checked line by line</source>
        <translation>منح دفعة من المساهمات موافقاتها من ملف CSV، مع التحقق سطرًا سطرًا</translation>
    </message>
    <message>
        <source>Render &amp;photos</source>
        <translation>&amp;إنشاء الصور</translation>
    </message>
    <message>
        <source>Frame every approved photo in every format, with alt text (Ctrl+R)</source>
        <translation>تأطير كل صورة مقبولة بكل الصيغ، مع النص البديل (Ctrl+R)</translation>
    </message>
    <message>
        <source>Preview of the framed photo</source>
        <translation>معاينة الصورة المؤطَّرة</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Photos and clips</source>
        <translation>الصور والمقاطع</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>أي موافقة</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>بلا موافقة</translation>
    </message>
    <message>
        <source>Show contributions with status</source>
        <translation>عرض المساهمات ذات الحالة</translation>
    </message>
    <message>
        <source>Show contributions with this status</source>
        <translation>عرض المساهمات ذات هذه الحالة</translation>
    </message>
    <message>
        <source>Show photos, clips or both</source>
        <translation>عرض الصور أو المقاطع أو كليهما</translation>
    </message>
    <message>
        <source>Show contributions in language</source>
        <translation>عرض المساهمات باللغة</translation>
    </message>
    <message>
        <source>Show contributions whose message is in this language</source>
        <translation>عرض المساهمات التي كُتبت رسالتها بهذه اللغة</translation>
    </message>
    <message>
        <source>Show contributions by consent</source>
        <translation>عرض المساهمات حسب الموافقة</translation>
    </message>
    <message>
        <source>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</source>
        <translation>بلا موافقة: لم تُسجَّل أي موافقة (أو سُحبت)؛ تُستبعد هذه المساهمات من كل المخرجات</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>بلا لغة</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n مساهمة</numerusform>
            <numerusform>%n مساهمة</numerusform>
            <numerusform>%n مساهمتان</numerusform>
            <numerusform>%n مساهمات</numerusform>
            <numerusform>%n مساهمةً</numerusform>
            <numerusform>%n مساهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>المقبولة: %n</numerusform>
            <numerusform>المقبولة: %n</numerusform>
            <numerusform>المقبولة: %n</numerusform>
            <numerusform>المقبولة: %n</numerusform>
            <numerusform>المقبولة: %n</numerusform>
            <numerusform>المقبولة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>المسحوبة: %n</numerusform>
            <numerusform>المسحوبة: %n</numerusform>
            <numerusform>المسحوبة: %n</numerusform>
            <numerusform>المسحوبة: %n</numerusform>
            <numerusform>المسحوبة: %n</numerusform>
            <numerusform>المسحوبة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>بلا موافقة: %n</numerusform>
            <numerusform>بلا موافقة: %n</numerusform>
            <numerusform>بلا موافقة: %n</numerusform>
            <numerusform>بلا موافقة: %n</numerusform>
            <numerusform>بلا موافقة: %n</numerusform>
            <numerusform>بلا موافقة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>المعروضة: %n</numerusform>
            <numerusform>المعروضة: %n</numerusform>
            <numerusform>المعروضة: %n</numerusform>
            <numerusform>المعروضة: %n</numerusform>
            <numerusform>المعروضة: %n</numerusform>
            <numerusform>المعروضة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>لا توجد مساهمة تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</source>
        <translation>لا توجد مساهمات بعد. يُرجى إفلات الصور والمقاطع هنا، أو استخدام «استيراد ملفات» (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>المحددة: %n</numerusform>
            <numerusform>المحددة: %n</numerusform>
            <numerusform>المحددة: %n</numerusform>
            <numerusform>المحددة: %n</numerusform>
            <numerusform>المحددة: %n</numerusform>
            <numerusform>المحددة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>A approves them all, R rejects them all with one reason.</source>
        <translation>A لقبولها كلها، R لرفضها كلها بسبب واحد.</translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</source>
        <translation>حدّد مساهمة لعرض تفاصيلها. A للقبول، R للرفض، E أو Enter للتحرير؛ Shift أو Ctrl لتحديد عدة مساهمات.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>المساهم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Given on %1 (%2), text version %3, in %4</source>
        <translation>أُعطيت في %1 (%2)، إصدار النص %3، اللغة: %4</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>الوصي: %1</translation>
    </message>
    <message>
        <source>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</source>
        <translation>لا توجد موافقة مسجَّلة لهذه المساهمة: تُستبعد من كل المخرجات إلى أن تُسجَّل موافقة. C لتسجيل موافقة موقَّعة على الورق.</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>إنشاء المعاينة</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>إنشاء الصور</translation>
    </message>
    <message>
        <source>Import photos and clips</source>
        <translation>استيراد الصور والمقاطع</translation>
    </message>
    <message>
        <source>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>الصور والمقاطع (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and clips</source>
        <translation>استيراد مجلد من الصور والمقاطع</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ICC Studio — unexpected error</source>
        <translation>ICC Studio — خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</source>
        <translation>حدث خطأ ما: %1

مشروعك في أمان: يُحتفظ بكل ما حُفظ قبل هذه اللحظة. التفاصيل موجودة في ملف السجل:
%2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Feed square</source>
        <translation>منشور مربع</translation>
    </message>
    <message>
        <source>Feed portrait</source>
        <translation>منشور عمودي</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>صورة الملف الشخصي</translation>
    </message>
    <message>
        <source>X header</source>
        <translation>ترويسة X</translation>
    </message>
    <message>
        <source>Facebook cover</source>
        <translation>غلاف Facebook</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>المحرِّر</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>Back to the contributions (Esc)</source>
        <translation>العودة إلى المساهمات (Esc)</translation>
    </message>
    <message>
        <source>Back to the contributions</source>
        <translation>العودة إلى المساهمات</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Previous contribution (Page Up)</source>
        <translation>المساهمة السابقة (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالية</translation>
    </message>
    <message>
        <source>Next contribution (Page Down)</source>
        <translation>المساهمة التالية (Page Down)</translation>
    </message>
    <message>
        <source>Reset to the proposal</source>
        <translation>العودة إلى المقترح</translation>
    </message>
    <message>
        <source>Use the face-aware crop proposed for this format again (Ctrl+0)</source>
        <translation>استخدام القص المقترح لهذه الصيغة، المراعي للوجوه، مجددًا (Ctrl+0)</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>المناطق الآمنة</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Crop for the %1 (Alt+%2)</source>
        <translation>القص لصيغة %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Crop for the %1</source>
        <translation>القص لصيغة %1</translation>
    </message>
    <message>
        <source>Photo with the crop of the chosen format</source>
        <translation>الصورة مع قص الصيغة المختارة</translation>
    </message>
    <message>
        <source>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</source>
        <translation>اسحب المستطيل لتحريكه، واسحب زاوية لتغيير حجمه. تحرّكه مفاتيح الأسهم (مع Ctrl بخطوات صغيرة)، وتغيّر Shift+الأسهم حجمه. Page Up / Page Down: المساهمة السابقة / التالية.</translation>
    </message>
    <message>
        <source>Choose a contribution on the Contributions page and press E to edit it.</source>
        <translation>اختر مساهمة في صفحة المساهمات واضغط E لتحريرها.</translation>
    </message>
    <message>
        <source>Preview of the output, drawn by the export renderer</source>
        <translation>معاينة المُخرَج، يرسمها محرّك التصدير</translation>
    </message>
    <message>
        <source>What the export will look like, drawn by the same renderer</source>
        <translation>الشكل الذي سيبدو عليه التصدير، يرسمه المحرّك نفسه</translation>
    </message>
    <message>
        <source>Show the platform&apos;s safe zones</source>
        <translation>إظهار المناطق الآمنة للمنصة</translation>
    </message>
    <message>
        <source>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</source>
        <translation>المناطق التي تغطيها واجهة التطبيق أو يقطعها القص فيه (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;الرسالة:</translation>
    </message>
    <message>
        <source>Message shown on the photo</source>
        <translation>الرسالة المعروضة على الصورة</translation>
    </message>
    <message>
        <source>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</source>
        <translation>كلمات الشخص، تظهر في جملة الحزمة؛ تُحفظ عند التوقف عن الكتابة أو مغادرة الحقل</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>طول الرسالة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <source>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</source>
        <translation>لغة الرسالة: تحدد جملة الحزمة واتجاه النص</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>النص ال&amp;بديل:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>A description of the image for people who use a screen reader</source>
        <translation>وصف للصورة للأشخاص الذين يستخدمون قارئ الشاشة</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</source>
        <translation>يصف الصورة لقارئات الشاشة. إذا تُرك فارغًا، يستخدم التصدير وصف الحزمة مع الرسالة.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <source>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</source>
        <translation>هذا مقطع: اقتطع الجزء المطلوب منه في صفحة المقاطع. يمكن تحرير رسالته ونصه البديل هنا.</translation>
    </message>
    <message>
        <source>Loading the photo</source>
        <translation>تحميل الصورة</translation>
    </message>
    <message>
        <source>Move the crop of the %1</source>
        <translation>تحريك القص لصيغة %1</translation>
    </message>
    <message>
        <source>Reset the crop of the %1</source>
        <translation>إعادة تعيين القص لصيغة %1</translation>
    </message>
    <message>
        <source>Crop set by hand</source>
        <translation>قص محدد يدويًا</translation>
    </message>
    <message>
        <source>Proposed crop</source>
        <translation>قص مقترح</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of %1</source>
        <translation>
            <numerusform>الأحرف: %n من %1</numerusform>
            <numerusform>الأحرف: %n من %1</numerusform>
            <numerusform>الأحرف: %n من %1</numerusform>
            <numerusform>الأحرف: %n من %1</numerusform>
            <numerusform>الأحرف: %n من %1</numerusform>
            <numerusform>الأحرف: %n من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): this kit allows at most %1. The message is not saved until it is shortened.</source>
        <translation>
            <numerusform>الأحرف الزائدة: %n؛ الحد الأقصى في هذه الحزمة %1. لن تُحفظ الرسالة حتى تُختصر.</numerusform>
            <numerusform>الأحرف الزائدة: %n؛ الحد الأقصى في هذه الحزمة %1. لن تُحفظ الرسالة حتى تُختصر.</numerusform>
            <numerusform>الأحرف الزائدة: %n؛ الحد الأقصى في هذه الحزمة %1. لن تُحفظ الرسالة حتى تُختصر.</numerusform>
            <numerusform>الأحرف الزائدة: %n؛ الحد الأقصى في هذه الحزمة %1. لن تُحفظ الرسالة حتى تُختصر.</numerusform>
            <numerusform>الأحرف الزائدة: %n؛ الحد الأقصى في هذه الحزمة %1. لن تُحفظ الرسالة حتى تُختصر.</numerusform>
            <numerusform>الأحرف الزائدة: %n؛ الحد الأقصى في هذه الحزمة %1. لن تُحفظ الرسالة حتى تُختصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>تحرير الرسالة</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>تحرير النص البديل</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>تراجع: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>إعادة: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>إعادة (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>لا توجد مساهمة مفتوحة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>إنشاء المعاينة</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 بكسل</translation>
    </message>
</context>
<context>
    <name>EntryChooser</name>
    <message>
        <source>Add entries</source>
        <translation>إضافة مشاركات</translation>
    </message>
    <message>
        <source>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</source>
        <translation>اختر الصور والمقاطع المقبولة لإدخالها في المسابقة (Ctrl أو Shift لاختيار عدة عناصر). تدخل الصورة فئة الصور، ويدخل المقطع فئة الفيديو.</translation>
    </message>
    <message>
        <source>Approved contributions not entered yet</source>
        <translation>المساهمات المقبولة التي لم تُدخَل بعد</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>Every approved photo and clip is already entered.</source>
        <translation>كل الصور والمقاطع المقبولة مُدخَلة بالفعل.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <source>There is no ICC Studio project in %1.</source>
        <translation>لا يوجد مشروع ICC Studio في %1.</translation>
    </message>
    <message>
        <source>%1 already holds files or a project; choose a new or empty folder.</source>
        <translation>يحتوي %1 بالفعل على ملفات أو مشروع؛ اختر مجلدًا جديدًا أو فارغًا.</translation>
    </message>
    <message>
        <source>The project in %1 is damaged: %2</source>
        <translation>المشروع الموجود في %1 تالف: %2</translation>
    </message>
    <message>
        <source>The project in %1 was made by a newer version of ICC Studio.</source>
        <translation>أُنشئ المشروع الموجود في %1 بإصدار أحدث من ICC Studio.</translation>
    </message>
    <message>
        <source>The kit file %1 is not valid: %2</source>
        <translation>ملف الحزمة %1 غير صالح: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>لم يُستورد %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>تعذّرت كتابة %1: القرص ممتلئ. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>تعذّرت كتابة %1: القرص أو المجلد للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>تعذّرت كتابة %1: ليس لديك إذن بالكتابة في هذا المجلد.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is too large for that disk.</source>
        <translation>تعذّرت كتابة %1: الملف أكبر من أن يتسع له هذا القرص.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk reported an error (was it unplugged?).</source>
        <translation>تعذّرت كتابة %1: أبلغ القرص عن خطأ (هل فُصل؟).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>GuardianScreen</name>
    <message>
        <source>A parent or guardian must agree</source>
        <translation>يجب أن يوافق أحد الوالدين أو الوصي</translation>
    </message>
    <message>
        <source>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</source>
        <translation>دون سن %1، يعطي أحد الوالدين أو الوصي القانوني الموافقة معك. اطلب منه قراءة هذا النص وتعبئته.</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>اسم الوالد أو الوصي</translation>
    </message>
    <message>
        <source>I am the parent or guardian and I agree</source>
        <translation>أنا الوالد أو الوصي وأوافق</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>تم استيراد %n ملف</numerusform>
            <numerusform>تم استيراد %n ملف</numerusform>
            <numerusform>تم استيراد %n ملفين</numerusform>
            <numerusform>تم استيراد %n ملفات</numerusform>
            <numerusform>تم استيراد %n ملفًا</numerusform>
            <numerusform>تم استيراد %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>الملفات المكررة: %n</numerusform>
            <numerusform>الملفات المكررة: %n</numerusform>
            <numerusform>الملفات المكررة: %n</numerusform>
            <numerusform>الملفات المكررة: %n</numerusform>
            <numerusform>الملفات المكررة: %n</numerusform>
            <numerusform>الملفات المكررة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</source>
        <translation>
            <numerusform>ملفات كانت موجودة في المشروع (الصورة نفسها، أيًّا كان اسمها) ولم تُستورد مجددًا: %n. يذكر كل صف المساهمة التي يكررها الملف.</numerusform>
            <numerusform>ملفات كانت موجودة في المشروع (الصورة نفسها، أيًّا كان اسمها) ولم تُستورد مجددًا: %n. يذكر كل صف المساهمة التي يكررها الملف.</numerusform>
            <numerusform>ملفات كانت موجودة في المشروع (الصورة نفسها، أيًّا كان اسمها) ولم تُستورد مجددًا: %n. يذكر كل صف المساهمة التي يكررها الملف.</numerusform>
            <numerusform>ملفات كانت موجودة في المشروع (الصورة نفسها، أيًّا كان اسمها) ولم تُستورد مجددًا: %n. يذكر كل صف المساهمة التي يكررها الملف.</numerusform>
            <numerusform>ملفات كانت موجودة في المشروع (الصورة نفسها، أيًّا كان اسمها) ولم تُستورد مجددًا: %n. يذكر كل صف المساهمة التي يكررها الملف.</numerusform>
            <numerusform>ملفات كانت موجودة في المشروع (الصورة نفسها، أيًّا كان اسمها) ولم تُستورد مجددًا: %n. يذكر كل صف المساهمة التي يكررها الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only duplicates and rejected files</source>
        <translation>المكررات والملفات المرفوضة فقط</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Files of the import</source>
        <translation>ملفات الاستيراد</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>already contribution #%1</source>
        <translation>موجود بالفعل (المساهمة رقم %1)</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>إيقاف هذه المهمة؛ لا يُحتفظ بأي شيء غير مكتمل</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>إلغاء المهمة الجارية</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>تقدّم المهمة الجارية</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n ثانية متبقية</numerusform>
            <numerusform>%n ثانية متبقية</numerusform>
            <numerusform>%n ثانيتان متبقيتان</numerusform>
            <numerusform>%n ثوانٍ متبقية</numerusform>
            <numerusform>%n ثانية متبقية</numerusform>
            <numerusform>%n ثانية متبقية</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <source>&amp;About ICC Studio</source>
        <translation>&amp;حول ICC Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>الانتقال إلى %1</translation>
    </message>
    <message>
        <source>No project open — File › New project or File › Open project</source>
        <translation>لا يوجد مشروع مفتوح — ملف › مشروع جديد أو ملف › فتح مشروع</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>المشروع: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) of this project are missing from its folder.</source>
        <translation>
            <numerusform>ملفات الوسائط المفقودة من مجلد هذا المشروع: %n.</numerusform>
            <numerusform>ملفات الوسائط المفقودة من مجلد هذا المشروع: %n.</numerusform>
            <numerusform>ملفات الوسائط المفقودة من مجلد هذا المشروع: %n.</numerusform>
            <numerusform>ملفات الوسائط المفقودة من مجلد هذا المشروع: %n.</numerusform>
            <numerusform>ملفات الوسائط المفقودة من مجلد هذا المشروع: %n.</numerusform>
            <numerusform>ملفات الوسائط المفقودة من مجلد هذا المشروع: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a campaign project</source>
        <translation>فتح مشروع حملة</translation>
    </message>
    <message>
        <source>About ICC Studio</source>
        <translation>حول ICC Studio</translation>
    </message>
    <message>
        <source>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</source>
        <translation>ICC Studio %1

مواد الحملات لشبكة المدن متعددة الثقافات، تُنتَج دون اتصال بالإنترنت، وبموافقة أصحابها.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit?</source>
        <translation>
            <numerusform>لا تزال %n مهمة قيد التنفيذ. إلغاؤها والخروج؟</numerusform>
            <numerusform>لا تزال %n مهمة قيد التنفيذ. إلغاؤها والخروج؟</numerusform>
            <numerusform>لا تزال %n مهمتان قيد التنفيذ. إلغاؤهما والخروج؟</numerusform>
            <numerusform>لا تزال %n مهام قيد التنفيذ. إلغاؤها والخروج؟</numerusform>
            <numerusform>لا تزال %n مهمةً قيد التنفيذ. إلغاؤها والخروج؟</numerusform>
            <numerusform>لا تزال %n مهمة قيد التنفيذ. إلغاؤها والخروج؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Your first name or a nickname (optional)</source>
        <translation>اسمك الأول أو اسم مستعار (اختياري)</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>إعادة التقاط الصورة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 حرفًا</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Send a contribution package</source>
        <translation>إرسال رزمة مساهمات</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>تصدير الرزمة…</translation>
    </message>
    <message>
        <source>Receive packages</source>
        <translation>استلام الرزم</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>استيراد الرزم…</translation>
    </message>
    <message>
        <source>Package and entries</source>
        <translation>الرزمة وعناصرها</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>المدن</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>المقبولة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Withdrawal and erasure</source>
        <translation>السحب والمحو</translation>
    </message>
    <message>
        <source>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</source>
        <translation>عندما يسحب شخص موافقته، امحُ بياناته: تُحذف ملفاته ونسخها وما أُنشئ منها وصادراتها، ويجب إعادة إنشاء الملصقات ومقاطع الفيديو التي ظهر فيها، وستطلب الرزمة التالية من المدن الشريكة ومنسق الشبكة محوها أيضًا.</translation>
    </message>
    <message>
        <source>Contributor:</source>
        <translation>المساهم:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>Erase contributor…</source>
        <translation>محو المساهم…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Delete the originals this many days after the campaign day:</source>
        <translation>حذف الملفات الأصلية بعد هذا العدد من الأيام من يوم الحملة:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>حفظ وتطبيق</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>تقرير الخصوصية</translation>
    </message>
    <message>
        <source>Show what this project stores about whom</source>
        <translation>عرض ما يخزّنه هذا المشروع وعن مَن</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>حفظ بصيغة JSON…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Audit log: approvals, packages, erasures, retention</source>
        <translation>سجل التدقيق: القبول، والرزم، والمحو، والاحتفاظ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Open a project to exchange packages with the network.</source>
        <translation>افتح مشروعًا لتبادل الرزم مع الشبكة.</translation>
    </message>
    <message>
        <source>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</source>
        <translation>تضم الرزمة المساهمات المقبولة من كل المدن التي تشمل موافقتها إعادة المشاركة في الشبكة، وكل إشعارات السحب. أرسلها إلى المدن الشريكة.</translation>
    </message>
    <message>
        <source>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</source>
        <translation>تضم الرزمة المساهمات المقبولة التي تشمل موافقتها إعادة المشاركة في الشبكة، دون أسماء أو بيانات وصفية، وإشعارات السحب. أرسلها إلى منسق الشبكة.</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>الشبكة — %1</translation>
    </message>
    <message>
        <source>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</source>
        <translation>هذا مشروع منسق الشبكة: يجمع رزم المدن ويعيد إليها مختارات الشبكة.</translation>
    </message>
    <message>
        <source>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</source>
        <translation>هذا مشروع مدينة: يرسل رزمته إلى منسق الشبكة ويستلم مختارات الشبكة.</translation>
    </message>
    <message>
        <source>Package from %1: revision %2, imported %3</source>
        <translation>رزمة من %1: المراجعة %2، استُوردت في %3</translation>
    </message>
    <message>
        <source>No package imported yet.</source>
        <translation>لم تُستورد أي رزمة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n contribution(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n مساهمة)</numerusform>
            <numerusform>#%1 %2 (%n مساهمة)</numerusform>
            <numerusform>#%1 %2 (%n مساهمتان)</numerusform>
            <numerusform>#%1 %2 (%n مساهمات)</numerusform>
            <numerusform>#%1 %2 (%n مساهمةً)</numerusform>
            <numerusform>#%1 %2 (%n مساهمة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals are deleted after %1.</source>
        <translation>تُحذف الملفات الأصلية بعد %1.</translation>
    </message>
    <message>
        <source>Originals are kept until a contributor is erased.</source>
        <translation>تُحفظ الملفات الأصلية إلى أن يُمحى المساهم.</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>تصدير الرزمة</translation>
    </message>
    <message>
        <source>Contribution packages (*.zip)</source>
        <translation>رزم المساهمات (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>جارٍ تصدير الرزمة</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 written to %2: %n contribution(s)</source>
        <translation>
            <numerusform>كُتبت المراجعة %1 في %2: %n مساهمة</numerusform>
            <numerusform>كُتبت المراجعة %1 في %2: %n مساهمة</numerusform>
            <numerusform>كُتبت المراجعة %1 في %2: %n مساهمتان</numerusform>
            <numerusform>كُتبت المراجعة %1 في %2: %n مساهمات</numerusform>
            <numerusform>كُتبت المراجعة %1 في %2: %n مساهمةً</numerusform>
            <numerusform>كُتبت المراجعة %1 في %2: %n مساهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal notice(s)</source>
        <translation>
            <numerusform>إشعارات السحب: %n</numerusform>
            <numerusform>إشعارات السحب: %n</numerusform>
            <numerusform>إشعارات السحب: %n</numerusform>
            <numerusform>إشعارات السحب: %n</numerusform>
            <numerusform>إشعارات السحب: %n</numerusform>
            <numerusform>إشعارات السحب: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out (not approved, or no consent for re-share)</source>
        <translation>
            <numerusform>المساهمات المستبعدة (غير مقبولة أو بلا موافقة على إعادة المشاركة): %n</numerusform>
            <numerusform>المساهمات المستبعدة (غير مقبولة أو بلا موافقة على إعادة المشاركة): %n</numerusform>
            <numerusform>المساهمات المستبعدة (غير مقبولة أو بلا موافقة على إعادة المشاركة): %n</numerusform>
            <numerusform>المساهمات المستبعدة (غير مقبولة أو بلا موافقة على إعادة المشاركة): %n</numerusform>
            <numerusform>المساهمات المستبعدة (غير مقبولة أو بلا موافقة على إعادة المشاركة): %n</numerusform>
            <numerusform>المساهمات المستبعدة (غير مقبولة أو بلا موافقة على إعادة المشاركة): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>استيراد الرزم</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>جارٍ استيراد الرزم</translation>
    </message>
    <message>
        <source>(the archive)</source>
        <translation>(الأرشيف)</translation>
    </message>
    <message>
        <source>checked, %1 bytes</source>
        <translation>تم التحقق، %1 بايت</translation>
    </message>
    <message>
        <source>%1, revision %2: already imported, nothing changed</source>
        <translation>%1، المراجعة %2: مستوردة من قبل، لم يتغير شيء</translation>
    </message>
    <message>
        <source>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</source>
        <translation>%1، المراجعة %2: المضافة %3، المحدَّثة %4، المُزالة %5، المسحوبة %6</translation>
    </message>
    <message>
        <source>Refused: older than the package already imported from this city.</source>
        <translation>مرفوضة: أقدم من الرزمة المستوردة سابقًا من هذه المدينة.</translation>
    </message>
    <message>
        <source>Refused: entry %1: %2</source>
        <translation>مرفوضة: العنصر %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوضة: %1</translation>
    </message>
    <message>
        <source>unsafe name (%1)</source>
        <translation>اسم غير آمن (%1)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>رابط رمزي</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>an encrypted entry</source>
        <translation>عنصر مشفّر</translation>
    </message>
    <message>
        <source>an unsupported compression method</source>
        <translation>طريقة ضغط غير مدعومة</translation>
    </message>
    <message>
        <source>name collides with another entry (%1)</source>
        <translation>الاسم يتعارض مع عنصر آخر (%1)</translation>
    </message>
    <message>
        <source>too many entries (%1)</source>
        <translation>عدد كبير جدًا من العناصر (%1)</translation>
    </message>
    <message>
        <source>too large (%1)</source>
        <translation>كبير جدًا (%1)</translation>
    </message>
    <message>
        <source>suspicious compression ratio (a possible zip bomb)</source>
        <translation>نسبة ضغط مريبة (قد تكون قنبلة zip)</translation>
    </message>
    <message>
        <source>the manifest is not valid (%1)</source>
        <translation>ملف البيان غير صالح (%1)</translation>
    </message>
    <message>
        <source>made by a newer ICC Studio</source>
        <translation>أُنشئت بإصدار أحدث من ICC Studio</translation>
    </message>
    <message>
        <source>wrong checksum (%1)</source>
        <translation>مجموع اختباري خاطئ (%1)</translation>
    </message>
    <message>
        <source>a file the manifest does not declare</source>
        <translation>ملف لا يذكره ملف البيان</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>مفقود (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>أرشيف تالف (%1)</translation>
    </message>
    <message>
        <source>overlapping entries (%1)</source>
        <translation>عناصر متداخلة (%1)</translation>
    </message>
    <message>
        <source>this is this project&apos;s own package</source>
        <translation>هذه رزمة هذا المشروع نفسه</translation>
    </message>
    <message>
        <source>made for another campaign (%1)</source>
        <translation>مُعدّة لحملة أخرى (%1)</translation>
    </message>
    <message>
        <source>same revision with other content</source>
        <translation>المراجعة نفسها بمحتوى مختلف</translation>
    </message>
    <message>
        <source>Erase contributor</source>
        <translation>محو المساهم</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</source>
        <translation>محو %1 نهائيًا؟

ستُحذف صوره ومقاطعه، وكل نسخة منها وكل ما أُنشئ منها وصُدِّر؛ لا يمكن التراجع عن ذلك. يجب إعادة إنشاء الملصقات ومقاطع الفيديو التي ظهر فيها.</translation>
    </message>
    <message>
        <source>Erasing a contributor</source>
        <translation>جارٍ محو مساهم</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n file(s) deleted</source>
        <translation>
            <numerusform>تم المحو، الملفات المحذوفة: %n</numerusform>
            <numerusform>تم المحو، الملفات المحذوفة: %n</numerusform>
            <numerusform>تم المحو، الملفات المحذوفة: %n</numerusform>
            <numerusform>تم المحو، الملفات المحذوفة: %n</numerusform>
            <numerusform>تم المحو، الملفات المحذوفة: %n</numerusform>
            <numerusform>تم المحو، الملفات المحذوفة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to render again</source>
        <translation>
            <numerusform>مخرجات يجب إعادة إنشائها: %n</numerusform>
            <numerusform>مخرجات يجب إعادة إنشائها: %n</numerusform>
            <numerusform>مخرجات يجب إعادة إنشائها: %n</numerusform>
            <numerusform>مخرجات يجب إعادة إنشائها: %n</numerusform>
            <numerusform>مخرجات يجب إعادة إنشائها: %n</numerusform>
            <numerusform>مخرجات يجب إعادة إنشائها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next package carries %n withdrawal notice(s) for them.</source>
        <translation>
            <numerusform>إشعارات السحب الخاصة بهذا الشخص في الرزمة التالية: %n.</numerusform>
            <numerusform>إشعارات السحب الخاصة بهذا الشخص في الرزمة التالية: %n.</numerusform>
            <numerusform>إشعارات السحب الخاصة بهذا الشخص في الرزمة التالية: %n.</numerusform>
            <numerusform>إشعارات السحب الخاصة بهذا الشخص في الرزمة التالية: %n.</numerusform>
            <numerusform>إشعارات السحب الخاصة بهذا الشخص في الرزمة التالية: %n.</numerusform>
            <numerusform>إشعارات السحب الخاصة بهذا الشخص في الرزمة التالية: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention setting</source>
        <translation>جارٍ تطبيق إعداد مدة الاحتفاظ</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) deleted now.</source>
        <translation>
            <numerusform>الملفات الأصلية المحذوفة الآن: %n.</numerusform>
            <numerusform>الملفات الأصلية المحذوفة الآن: %n.</numerusform>
            <numerusform>الملفات الأصلية المحذوفة الآن: %n.</numerusform>
            <numerusform>الملفات الأصلية المحذوفة الآن: %n.</numerusform>
            <numerusform>الملفات الأصلية المحذوفة الآن: %n.</numerusform>
            <numerusform>الملفات الأصلية المحذوفة الآن: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the privacy report</source>
        <translation>جارٍ إعداد تقرير الخصوصية</translation>
    </message>
    <message>
        <source>minor, guardian %1</source>
        <translation>قاصر، الوصي: %1</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>من رزمة</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>سُحبت في %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>موافقة بتاريخ %1</translation>
    </message>
    <message>
        <source> — signed form kept</source>
        <translation> — الاستمارة الموقَّعة محفوظة</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>المساهمة رقم %1</translation>
    </message>
    <message>
        <source>%1 stored files, %2 renders</source>
        <translation>الملفات المخزَّنة: %1، الملفات المُنشأة: %2</translation>
    </message>
    <message>
        <source>originals deleted after %1</source>
        <translation>تُحذف الملفات الأصلية بعد %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Withdrawal notices</source>
        <translation>إشعارات السحب</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>ملصق مطبوع</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>فيديو المدينة</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>إعادة المشاركة في الشبكة</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>حفظ تقرير الخصوصية</translation>
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
        <translation>مشروع حملة جديد</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>مجلد المشروع</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;المجلد:</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>مثلًا: لشبونة</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>اسم المدينة</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>ال&amp;مدينة:</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>حزمة الحملة</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>ال&amp;حزمة:</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>لغات الحملة</translation>
    </message>
    <message>
        <source>The languages of the city&apos;s campaign; captions and posters use them</source>
        <translation>لغات حملة المدينة؛ تُستخدم في التعليقات والملصقات</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>سنة الحملة</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Choose an empty folder for the project</source>
        <translation>اختر مجلدًا فارغًا للمشروع</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>اختر مجلدًا للمشروع.</translation>
    </message>
    <message>
        <source>Enter the city&apos;s name.</source>
        <translation>أدخل اسم المدينة.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>اختر لغة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>NoCameraScreen</name>
    <message>
        <source>The camera is not available at the moment</source>
        <translation>الكاميرا غير متاحة حاليًا</translation>
    </message>
    <message>
        <source>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</source>
        <translation>يرجى إبلاغ أحد الموظفين. سيعود الجهاز إلى العمل تلقائيًا فور عودة الكاميرا.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>تقدّم %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>إيقاف هذه المهمة؛ لا يُحتفظ بأي شيء غير مكتمل</translation>
    </message>
    <message>
        <source>Waiting for the previous render</source>
        <translation>في انتظار انتهاء الإنشاء السابق</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Show the rendered files in the file manager</source>
        <translation>عرض الملفات المُنشأة في مدير الملفات</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-finished was kept</source>
        <translation>أُلغي؛ لم يُحتفظ بأي شيء غير مكتمل</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%n second(s) left</source>
        <translation>الثواني المتبقية: %n</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>المخرجات</translation>
    </message>
    <message>
        <source>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</source>
        <translation>اختر ما تريد إنشاءه. لا تُضمَّن إلا المساهمات المقبولة التي وافق أصحابها على هذا الاستخدام؛ وتُدرج المساهمات الأخرى مع سبب استبعادها.</translation>
    </message>
    <message>
        <source>What to render</source>
        <translation>ما يُنشأ</translation>
    </message>
    <message>
        <source>Framed photos</source>
        <translation>صور مؤطَّرة</translation>
    </message>
    <message>
        <source>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</source>
        <translation>كل صورة مقبولة في إطار الحزمة: منشور مربع وعمودي، وقصة، وصورة الملف الشخصي، وترويسة X</translation>
    </message>
    <message>
        <source>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</source>
        <translation>كل صورة مقبولة بخمس صيغ، مع النص البديل؛ لا يُعاد إنشاء الصور التي لم تتغير.</translation>
    </message>
    <message>
        <source>Per-city video</source>
        <translation>فيديو المدينة</translation>
    </message>
    <message>
        <source>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</source>
        <translation>بطاقة افتتاحية، والصور بحركة هادئة مع تعليقاتها، والمقاطع، وبطاقة ختامية؛ مع ترجمة نصية وصورة غلاف</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>الإصدارات:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Target length:</source>
        <translation>المدة المستهدفة:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>The time each photo is shown adapts so that the video lasts this long</source>
        <translation>تتكيّف مدة عرض كل صورة كي يستمر الفيديو هذه المدة</translation>
    </message>
    <message>
        <source>Music:</source>
        <translation>الموسيقى:</translation>
    </message>
    <message>
        <source>No music (optional)</source>
        <translation>بلا موسيقى (اختياري)</translation>
    </message>
    <message>
        <source>Music file</source>
        <translation>ملف الموسيقى</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>A music track: faded in and out, lowered while residents speak</source>
        <translation>مقطع موسيقي: يظهر ويتلاشى تدريجيًا، ويُخفَض صوته أثناء حديث السكان</translation>
    </message>
    <message>
        <source>Burn the clips&apos; subtitles into the picture</source>
        <translation>دمج الترجمة النصية للمقاطع في الصورة</translation>
    </message>
    <message>
        <source>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</source>
        <translation>كل مقطع مقبول بصيغة النشر (9:16)، مع تعليقه وتوحيد مستوى الصوت</translation>
    </message>
    <message>
        <source>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</source>
        <translation>ملصق A2 (ملف PDF للطباعة وPNG) ونسخته لوسائل التواصل الاجتماعي؛ مزيد من الخيارات في صفحة ملصق الكولاج</translation>
    </message>
    <message>
        <source>One post per day before the day, in each language, square and story</source>
        <translation>منشور واحد يوميًا قبل اليوم، بكل لغة، مربع وبصيغة القصة</translation>
    </message>
    <message>
        <source>X header and Facebook cover with the city&apos;s name</source>
        <translation>ترويسة X وغلاف فيسبوك مع اسم المدينة</translation>
    </message>
    <message>
        <source>A6 postcards, front and back, and sheets of four on A4</source>
        <translation>بطاقات بريدية A6، الوجه والظهر، وأوراق من أربع بطاقات على A4</translation>
    </message>
    <message>
        <source>An A3 poster and a square post per speaker saved on the Quote posters page</source>
        <translation>ملصق A3 ومنشور مربع لكل متحدث محفوظ في صفحة ملصقات الاقتباس</translation>
    </message>
    <message>
        <source>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</source>
        <translation>بطاقة الفائز في مسابقة التصوير، مربعة وبصيغة القصة، بكل لغة (بعد أن يمنح كل محكّم درجة لكل مشاركة)</translation>
    </message>
    <message>
        <source>Twelve months with one contribution each, A4 and A3</source>
        <translation>اثنا عشر شهرًا، مساهمة واحدة لكل شهر، A4 وA3</translation>
    </message>
    <message>
        <source>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</source>
        <translation>الموقع الإلكتروني للحملة: مجلد يوضع على أي استضافة ويب أو يُفتح من ذاكرة USB (يُنشأ في النهاية)</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Render the chosen outputs in the background</source>
        <translation>إنشاء المخرجات المختارة في الخلفية</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>المُخرَج</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Render jobs</source>
        <translation>مهام الإنشاء</translation>
    </message>
    <message>
        <source>Open a project to render its outputs.</source>
        <translation>افتح مشروعًا لإنشاء مخرجاته.</translation>
    </message>
    <message>
        <source>Choose a music track</source>
        <translation>اختيار مقطع موسيقي</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</source>
        <translation>الملفات الصوتية (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <source>Per-city video (%1)</source>
        <translation>فيديو المدينة (%1)</translation>
    </message>
    <message>
        <source>Resident clips</source>
        <translation>مقاطع السكان</translation>
    </message>
    <message>
        <source>Collage poster</source>
        <translation>ملصق الكولاج</translation>
    </message>
    <message>
        <source>Countdown posts</source>
        <translation>منشورات العد التنازلي</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>لافتات</translation>
    </message>
    <message>
        <source>Postcards</source>
        <translation>بطاقات بريدية</translation>
    </message>
    <message>
        <source>Quote posters</source>
        <translation>ملصقات الاقتباسات</translation>
    </message>
    <message>
        <source>Contest winner&apos;s card</source>
        <translation>بطاقة الفائز في المسابقة</translation>
    </message>
    <message>
        <source>Diversity calendar</source>
        <translation>تقويم التنوع</translation>
    </message>
    <message>
        <source>Campaign gallery (website)</source>
        <translation>معرض الحملة (موقع ويب)</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) rendered</source>
        <translation>
            <numerusform>المخرجات المُنشأة: %n</numerusform>
            <numerusform>المخرجات المُنشأة: %n</numerusform>
            <numerusform>المخرجات المُنشأة: %n</numerusform>
            <numerusform>المخرجات المُنشأة: %n</numerusform>
            <numerusform>المخرجات المُنشأة: %n</numerusform>
            <numerusform>المخرجات المُنشأة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>الإصدارات: %n</numerusform>
            <numerusform>الإصدارات: %n</numerusform>
            <numerusform>الإصدارات: %n</numerusform>
            <numerusform>الإصدارات: %n</numerusform>
            <numerusform>الإصدارات: %n</numerusform>
            <numerusform>الإصدارات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, %2 s per photo</source>
        <translation>%1 ث، %2 ث لكل صورة</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>تم استبعاد %n مساهمة</numerusform>
            <numerusform>تم استبعاد %n مساهمة</numerusform>
            <numerusform>تم استبعاد %n مساهمتين</numerusform>
            <numerusform>تم استبعاد %n مساهمات</numerusform>
            <numerusform>تم استبعاد %n مساهمةً</numerusform>
            <numerusform>تم استبعاد %n مساهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>#%1 left out: %2</source>
        <translation>#%1 مستبعدة: %2</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>للموظفين فقط: أدخل الرمز للخروج من الجهاز</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>رموز خاطئة كثيرة. حاول مجددًا بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز خاطئ.</translation>
    </message>
</context>
<context>
    <name>PortraitChooser</name>
    <message>
        <source>Choose a portrait</source>
        <translation>اختيار صورة شخصية</translation>
    </message>
    <message>
        <source>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</source>
        <translation>الصور المقبولة. لا تظهر الصورة الشخصية إلا في المخرجات التي تشملها موافقتها: يتطلب ملصق A3 موافقة على الطباعة، ويتطلب المربع موافقة على وسائل التواصل الاجتماعي.</translation>
    </message>
    <message>
        <source>Approved photos</source>
        <translation>الصور المقبولة</translation>
    </message>
    <message>
        <source>square only</source>
        <translation>المربع فقط</translation>
    </message>
    <message>
        <source>A3 poster only</source>
        <translation>ملصق A3 فقط</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>ملصق مطبوع</translation>
    </message>
    <message>
        <source>no print consent</source>
        <translation>لا موافقة على الطباعة</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>no social-media consent</source>
        <translation>لا موافقة على وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>No approved photo has consent for print or social media yet.</source>
        <translation>لا توجد بعد أي صورة مقبولة بموافقة على الطباعة أو وسائل التواصل الاجتماعي.</translation>
    </message>
    <message>
        <source>Loading thumbnails</source>
        <translation>تحميل الصور المصغّرة</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Look at the camera and smile!</source>
        <translation>انظر إلى الكاميرا وابتسم!</translation>
    </message>
    <message>
        <source>You appear as in a mirror. The photo itself will not be mirrored.</source>
        <translation>تظهر كما في المرآة. أما الصورة نفسها فلن تكون معكوسة.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>التقط صورتي</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quote posters</source>
        <translation>ملصقات الاقتباسات</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Every speaker gets the same poster and the same maximum quote length</source>
        <translation>لكل متحدث الملصق نفسه والحد الأقصى نفسه لطول الاقتباس</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>إضافة متحدث</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>إزالة المتحدث المحدد</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <source>Move the selected speaker up (the posters are numbered in this order)</source>
        <translation>نقل المتحدث المحدد لأعلى (تُرقَّم الملصقات بهذا الترتيب)</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>نقل المتحدث لأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>نقل المتحدث المحدد لأسفل</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>نقل المتحدث لأسفل</translation>
    </message>
    <message>
        <source>&amp;Render quote posters</source>
        <translation>إن&amp;شاء ملصقات الاقتباسات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop rendering; nothing half-written is kept</source>
        <translation>إيقاف الإنشاء؛ لا يُحتفظ بأي ملف مكتوب جزئيًا</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>تقدّم الإنشاء</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Open the folder of the rendered quote posters</source>
        <translation>فتح مجلد ملصقات الاقتباسات المُنشأة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>ال&amp;صفة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>الصورة الشخصية:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>الا&amp;قتباس:</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>اسم المتحدث</translation>
    </message>
    <message>
        <source>For example: Claire Dubois</source>
        <translation>مثلًا: كلير دوبوا</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>صفة المتحدث</translation>
    </message>
    <message>
        <source>For example: Mayor of the city</source>
        <translation>مثلًا: رئيس بلدية المدينة</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>لغة الاقتباس</translation>
    </message>
    <message>
        <source>The quotation marks and the writing direction follow the language</source>
        <translation>علامات الاقتباس واتجاه الكتابة تتبع اللغة</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>مساهمة…</translation>
    </message>
    <message>
        <source>Take the portrait from an approved photo of the project</source>
        <translation>أخذ الصورة الشخصية من صورة مقبولة في المشروع</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ملف…</translation>
    </message>
    <message>
        <source>An official portrait: the image is copied into the project</source>
        <translation>صورة شخصية رسمية: تُنسخ الصورة إلى المشروع</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>بلا صورة شخصية</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>الصورة الشخصية</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>At most %1 characters, the same for every speaker</source>
        <translation>بحد أقصى %1 حرف، وهو الحد نفسه لكل متحدث</translation>
    </message>
    <message>
        <source>Quote length</source>
        <translation>طول الاقتباس</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>&amp;مربع</translation>
    </message>
    <message>
        <source>The 1080×1080 square for social media</source>
        <translation>المربع 1080×1080 لوسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>A&amp;3 poster</source>
        <translation>ملصق A&amp;3</translation>
    </message>
    <message>
        <source>The A3 print poster, with its bleed and crop marks</source>
        <translation>ملصق A3 للطباعة، مع هامش النزف وعلامات القص</translation>
    </message>
    <message>
        <source>Preview of the quote poster</source>
        <translation>معاينة ملصق الاقتباس</translation>
    </message>
    <message>
        <source>Open a project to make its quote posters.</source>
        <translation>افتح مشروعًا لإنشاء ملصقات الاقتباسات الخاصة به.</translation>
    </message>
    <message>
        <source>(new speaker)</source>
        <translation>(متحدث جديد)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n حرف زائد</numerusform>
            <numerusform>%n حرف زائد</numerusform>
            <numerusform>%n حرفان زائدان</numerusform>
            <numerusform>%n أحرف زائدة</numerusform>
            <numerusform>%n حرفًا زائدًا</numerusform>
            <numerusform>%n حرف زائد</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a speaker to make quote posters.</source>
        <translation>أضف متحدثًا لإنشاء ملصقات الاقتباسات.</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>المتحدث %1</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %1 is %n character(s) over the limit of %2 that every speaker has.</source>
        <translation>
            <numerusform>يتجاوز اقتباس %1 الحد البالغ %2 المطبَّق على كل متحدث بمقدار %n حرف.</numerusform>
            <numerusform>يتجاوز اقتباس %1 الحد البالغ %2 المطبَّق على كل متحدث بمقدار %n حرف.</numerusform>
            <numerusform>يتجاوز اقتباس %1 الحد البالغ %2 المطبَّق على كل متحدث بمقدار %n حرفين.</numerusform>
            <numerusform>يتجاوز اقتباس %1 الحد البالغ %2 المطبَّق على كل متحدث بمقدار %n أحرف.</numerusform>
            <numerusform>يتجاوز اقتباس %1 الحد البالغ %2 المطبَّق على كل متحدث بمقدار %n حرفًا.</numerusform>
            <numerusform>يتجاوز اقتباس %1 الحد البالغ %2 المطبَّق على كل متحدث بمقدار %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 has no name.</source>
        <translation>المتحدث %1 بلا اسم.</translation>
    </message>
    <message>
        <source>%1 has no quote yet.</source>
        <translation>لا يوجد اقتباس لـ %1 بعد.</translation>
    </message>
    <message>
        <source>A3 print poster and 1080×1080 square for every speaker</source>
        <translation>ملصق A3 للطباعة ومربع 1080×1080 لكل متحدث</translation>
    </message>
    <message>
        <source>Choose a portrait</source>
        <translation>اختيار صورة شخصية</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>Copying the portrait</source>
        <translation>نسخ الصورة الشخصية</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>جارٍ نسخ %1…</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>المساهمة رقم %1</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in the project</source>
        <translation>لم تعد المساهمة رقم %1 موجودة في المشروع</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>ملف صورة</translation>
    </message>
    <message>
        <source>Drawing the quote poster preview</source>
        <translation>إنشاء معاينة ملصق الاقتباس</translation>
    </message>
    <message>
        <source>The A3 poster</source>
        <translation>ملصق A3</translation>
    </message>
    <message>
        <source>The square</source>
        <translation>المربع</translation>
    </message>
    <message>
        <source>%1 will not be made: the portrait&apos;s %2.</source>
        <translation>لن يُنشأ %1: مشكلة في الصورة الشخصية (%2).</translation>
    </message>
    <message>
        <source>Rendering the quote posters</source>
        <translation>إنشاء ملصقات الاقتباسات</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>أُلغي؛ لم يُحتفظ بأي ملف مكتوب جزئيًا.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>جارٍ إنشاء %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>تمت كتابة %n ملف في %1</numerusform>
            <numerusform>تمت كتابة %n ملف في %1</numerusform>
            <numerusform>تمت كتابة %n ملفين في %1</numerusform>
            <numerusform>تمت كتابة %n ملفات في %1</numerusform>
            <numerusform>تمت كتابة %n ملفًا في %1</numerusform>
            <numerusform>تمت كتابة %n ملف في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Portraits left out: %1</source>
        <translation>الصور الشخصية المستبعدة: %1</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not a portrait of a resident</source>
        <translation>ليست صورة شخصية لأحد السكان</translation>
    </message>
    <message>
        <source>Blurred, too dark or too small</source>
        <translation>ضبابية أو مظلمة جدًا أو صغيرة جدًا</translation>
    </message>
    <message>
        <source>Inappropriate content</source>
        <translation>محتوى غير لائق</translation>
    </message>
    <message>
        <source>Other people in the photo have not consented</source>
        <translation>أشخاص آخرون في الصورة لم يوافقوا</translation>
    </message>
    <message>
        <source>Same photo as another contribution</source>
        <translation>الصورة نفسها في مساهمة أخرى</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n contribution(s) rejected?</source>
        <translation>
            <numerusform>لماذا تُرفض هذه المساهمات (%n)؟</numerusform>
            <numerusform>لماذا تُرفض هذه المساهمات (%n)؟</numerusform>
            <numerusform>لماذا تُرفض هذه المساهمات (%n)؟</numerusform>
            <numerusform>لماذا تُرفض هذه المساهمات (%n)؟</numerusform>
            <numerusform>لماذا تُرفض هذه المساهمات (%n)؟</numerusform>
            <numerusform>لماذا تُرفض هذه المساهمات (%n)؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a reason or pick one given before</source>
        <translation>اكتب سببًا أو اختر سببًا سابقًا</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Kept with each contribution and in the audit log</source>
        <translation>يُحفظ مع كل مساهمة وفي سجل التدقيق</translation>
    </message>
    <message>
        <source>The reason is kept with each contribution and in the project&apos;s audit log.</source>
        <translation>يُحفظ السبب مع كل مساهمة وفي سجل التدقيق الخاص بالمشروع.</translation>
    </message>
</context>
<context>
    <name>RenderReportDialog</name>
    <message>
        <source>Rendered photos</source>
        <translation>الصور المُنشأة</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>تم إنشاء %n ملف</numerusform>
            <numerusform>تم إنشاء %n ملف</numerusform>
            <numerusform>تم إنشاء %n ملفين</numerusform>
            <numerusform>تم إنشاء %n ملفات</numerusform>
            <numerusform>تم إنشاء %n ملفًا</numerusform>
            <numerusform>تم إنشاء %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>تم استبعاد %n مساهمة</numerusform>
            <numerusform>تم استبعاد %n مساهمة</numerusform>
            <numerusform>تم استبعاد %n مساهمتين</numerusform>
            <numerusform>تم استبعاد %n مساهمات</numerusform>
            <numerusform>تم استبعاد %n مساهمةً</numerusform>
            <numerusform>تم استبعاد %n مساهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like this photo?</source>
        <translation>هل تعجبك هذه الصورة؟</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>التقاطها من جديد</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>الاحتفاظ بهذه الصورة</translation>
    </message>
</context>
<context>
    <name>SafeZones</name>
    <message>
        <source>Top bar of the app</source>
        <translation>الشريط العلوي للتطبيق</translation>
    </message>
    <message>
        <source>Reply bar</source>
        <translation>شريط الرد</translation>
    </message>
    <message>
        <source>Circular crop</source>
        <translation>قص دائري</translation>
    </message>
    <message>
        <source>Mobile crop</source>
        <translation>قص الهاتف المحمول</translation>
    </message>
    <message>
        <source>Desktop crop</source>
        <translation>قص سطح المكتب</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>صورة الملف الشخصي</translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation>المنطقة الآمنة</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <source>Saving your portrait…</source>
        <translation>جارٍ حفظ صورتك…</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score of %1</source>
        <translation>درجة %1</translation>
    </message>
    <message>
        <source>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</source>
        <translation>من 0 إلى 10 بزيادات قدرها 0.5 (7.5 أو 7,5)؛ فارغ: بلا درجة</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>ملاحظة للجنة التحكيم</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Note (school, class)</source>
        <translation>ملاحظة (المدرسة، الصف)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</source>
        <translation>درجات %1: من 0 إلى 10 بزيادات قدرها 0.5. اكتب درجة واضغط Enter؛ احذفها لترك المشاركة بلا درجة.</translation>
    </message>
    <message>
        <source>For the jury only: never printed on a card.</source>
        <translation>للجنة التحكيم فقط: لا تُطبع أبدًا على أي بطاقة.</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; scores.</source>
        <translation>متوسط درجات المحكّمين.</translation>
    </message>
    <message>
        <source>Equal means: more scores first, then the higher median, then the entry submitted first.</source>
        <translation>عند تساوي المتوسطات: تتقدّم المشاركة ذات الدرجات الأكثر، ثم ذات الوسيط الأعلى، ثم المشاركة المقدَّمة أولًا.</translation>
    </message>
    <message>
        <source>No score from %1 yet</source>
        <translation>لا توجد درجة من %1 بعد</translation>
    </message>
    <message>
        <source>%1 gave %2</source>
        <translation>درجة %1: %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>المشاركة %1، %2: %3</translation>
    </message>
    <message>
        <source>Entry %1 by %2</source>
        <translation>المشاركة %1 من %2</translation>
    </message>
    <message>
        <source>Left out: not approved any more</source>
        <translation>مستبعدة: لم تعد مقبولة</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n score(s) missing</source>
        <translation>
            <numerusform>غير مكتملة: %n درجة ناقصة</numerusform>
            <numerusform>غير مكتملة: %n درجة ناقصة</numerusform>
            <numerusform>غير مكتملة: %n درجتان ناقصتان</numerusform>
            <numerusform>غير مكتملة: %n درجات ناقصة</numerusform>
            <numerusform>غير مكتملة: %n درجةً ناقصة</numerusform>
            <numerusform>غير مكتملة: %n درجة ناقصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie settled by more scores</source>
        <translation>حُسم التعادل بعدد الدرجات الأكبر</translation>
    </message>
    <message>
        <source>Tie settled by the median</source>
        <translation>حُسم التعادل بالوسيط</translation>
    </message>
    <message>
        <source>Tie settled by the earlier entry</source>
        <translation>حُسم التعادل بأسبقية المشاركة</translation>
    </message>
    <message>
        <source>Not on a public card: %1</source>
        <translation>لا تظهر على بطاقة عامة: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>حسب النظام (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</source>
        <translation>لغة القوائم والصفحات والرسائل؛ تتغير فورًا. أما لغات الحملة نفسها فتُحدَّد لكل مشروع.</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>مجلد الت&amp;صدير الافتراضي:</translation>
    </message>
    <message>
        <source>Each project&apos;s own exports folder</source>
        <translation>مجلد التصدير الخاص بكل مشروع</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>مجلد التصدير الافتراضي</translation>
    </message>
    <message>
        <source>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</source>
        <translation>مكان حفظ المخرجات المُنشأة، في مجلد لكل مدينة. اتركه فارغًا لإبقائها في مجلد التصدير الخاص بكل مشروع.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>اختيار مجلد التصدير الافتراضي</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>اختيار المجلد من نافذة الملفات</translation>
    </message>
    <message>
        <source>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</source>
        <translation>تُحفظ الصور والملصقات واللافتات والموقع الإلكتروني في &lt;المجلد&gt;/&lt;المدينة&gt;/…؛ أما فيديو المدينة ومقاطع السكان فتبقى في المشروع. لا تُحذف الملفات المصدَّرة خارج مجلد المشروع عندما يسحب أحد السكان موافقته: احذفها يدويًا.</translation>
    </message>
    <message>
        <source>&amp;Worker processes:</source>
        <translation>عمليات ال&amp;معالجة:</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>عدد عمليات المعالجة</translation>
    </message>
    <message>
        <source>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</source>
        <translation>عدد العمليات التي تفك ترميز الصور وتُنشئها في الوقت نفسه. العدد الأكبر أسرع على حاسوب متعدد الأنوية؛ والعدد الأقل يترك الحاسوب متاحًا لأعمال أخرى. الافتراضي: عملية واحدة لكل نواة (%1). يُطبَّق على الاستيراد أو الإنشاء التالي.</translation>
    </message>
    <message>
        <source>Put every setting back to its default value (saved with OK)</source>
        <translation>إعادة كل الإعدادات إلى قيمها الافتراضية (تُحفظ عند الضغط على «حسنًا»)</translation>
    </message>
    <message>
        <source>Save and apply the settings</source>
        <translation>حفظ الإعدادات وتطبيقها</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>الإغلاق دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>“%1” is not a full path: choose the folder with Browse….</source>
        <translation>«%1» ليس مسارًا كاملًا: اختر المجلد باستخدام «استعراض…».</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>لا يمكن إنشاء المجلد %1: %2</translation>
    </message>
    <message>
        <source>ICC Studio cannot write in %1: %2</source>
        <translation>لا يستطيع ICC Studio الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2</source>
        <translation>تعذّر حفظ الإعدادات في %1: %2</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</source>
        <translation>سيطّلع فريق البلدية على صورتك قبل نشرها. لسحب موافقتك لاحقًا، اسأل في هذا المكتب.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
</TS>
