<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your portrait for the campaign: it takes two minutes.</source>
        <translation>Зробіть свій портрет для кампанії: це займе дві хвилини.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Торкніться тут, щоб почати</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Kit artwork</source>
        <translation>Графіка набору</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Місто:</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Набір:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Мови:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Хештеги:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Обмеження:</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>Початок зворотного відліку:</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>Сам день:</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Подальші дії до:</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Немає відкритого проєкту</translation>
    </message>
    <message>
        <source>Create a project with File › New project, or open one with File › Open project.</source>
        <translation>Створіть проєкт через Файл › Новий проєкт або відкрийте наявний через Файл › Відкрити проєкт.</translation>
    </message>
    <message>
        <source>messages up to %1 characters; clips up to %2 s</source>
        <translation>повідомлення до %1 символів; кліпи до %2 с</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>Створення попереднього перегляду набору</translation>
    </message>
    <message>
        <source>Preview of a square post</source>
        <translation>Попередній перегляд квадратного допису</translation>
    </message>
    <message>
        <source>Preview of a story</source>
        <translation>Попередній перегляд сторіс</translation>
    </message>
    <message>
        <source>Preview of a profile picture</source>
        <translation>Попередній перегляд фото профілю</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Event capture</source>
        <translation>Зйомка на заході</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Вимкнути камеру</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Увімкнути камеру</translation>
    </message>
    <message>
        <source>&amp;Take the portrait</source>
        <translation>&amp;Зробити портрет</translation>
    </message>
    <message>
        <source>&amp;Take it again</source>
        <translation>Зробити &amp;ще раз</translation>
    </message>
    <message>
        <source>Take the portrait (Ctrl+T)</source>
        <translation>Зробити портрет (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pick photos from a camera card…</source>
        <translation>&amp;Вибрати фото з картки камери…</translation>
    </message>
    <message>
        <source>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</source>
        <translation>Сфотографуйте особу або виберіть її фото, потім заповніть разом із нею згоду. Нічого не зберігається, доки ви не натиснете «Зберегти».</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>Я…</translation>
    </message>
    <message>
        <source>The resident&apos;s message (optional)</source>
        <translation>Повідомлення особи (необов’язково)</translation>
    </message>
    <message>
        <source>The resident&apos;s message</source>
        <translation>Повідомлення особи</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Відкинути</translation>
    </message>
    <message>
        <source>Forget this resident&apos;s picture and form</source>
        <translation>Забути знімок і форму цієї особи</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Keep the picture with its consent (Ctrl+Enter)</source>
        <translation>Зберегти знімок разом зі згодою (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1</source>
        <translation>Не вдається відкрити камеру: %1</translation>
    </message>
    <message>
        <source>The camera is not answering: check its cable. It will be used again as soon as it is back.</source>
        <translation>Камера не відповідає: перевірте кабель. Її буде знову використано, щойно вона з’явиться.</translation>
    </message>
    <message>
        <source>The resident&apos;s photos</source>
        <translation>Фото особи</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) picked:</source>
        <translation>
            <numerusform>Вибрано %n фото:</numerusform>
            <numerusform>Вибрано %n фото:</numerusform>
            <numerusform>Вибрано %n фото:</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the camera, or pick photos from a camera card.</source>
        <translation>Увімкніть камеру або виберіть фото з картки камери.</translation>
    </message>
    <message>
        <source>Take the portrait or pick the photos first.</source>
        <translation>Спершу зробіть портрет або виберіть фото.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>Повідомлення довше за %1 символів.</translation>
    </message>
    <message>
        <source>Keeping the portrait</source>
        <translation>Збереження портрета</translation>
    </message>
    <message>
        <source>Keeping the photos</source>
        <translation>Збереження фото</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n contribution(s), pending review.</source>
        <translation>
            <numerusform>Збережено %n матеріал, він очікує на розгляд.</numerusform>
            <numerusform>Збережено %n матеріали, вони очікують на розгляд.</numerusform>
            <numerusform>Збережено %n матеріалів, вони очікують на розгляд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Нічого не збережено: %1</translation>
    </message>
</context>
<context>
    <name>ClipsPage</name>
    <message>
        <source>Clips</source>
        <translation>Кліпи</translation>
    </message>
    <message>
        <source>◀ Frame</source>
        <translation>◀ Кадр</translation>
    </message>
    <message>
        <source>One frame back (← or ,)</source>
        <translation>На кадр назад (← або ,)</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Кадр ▶</translation>
    </message>
    <message>
        <source>One frame forward (→ or .)</source>
        <translation>На кадр уперед (→ або .)</translation>
    </message>
    <message>
        <source>Set &amp;in</source>
        <translation>Позначити &amp;початок</translation>
    </message>
    <message>
        <source>The part starts here (I); Shift+I goes to the in-point</source>
        <translation>Фрагмент починається тут (I); Shift+I — перейти до точки початку</translation>
    </message>
    <message>
        <source>Set &amp;out</source>
        <translation>Позначити &amp;кінець</translation>
    </message>
    <message>
        <source>The part ends here (O); Shift+O goes to the out-point</source>
        <translation>Фрагмент закінчується тут (O); Shift+O — перейти до точки кінця</translation>
    </message>
    <message>
        <source>Use the whole clip</source>
        <translation>Використати весь кліп</translation>
    </message>
    <message>
        <source>Preview normalised</source>
        <translation>Нормалізований перегляд</translation>
    </message>
    <message>
        <source>Play the part as it will be delivered: format, crop or padding, loudness, caption</source>
        <translation>Відтворити фрагмент так, як його буде видано: формат, обрізання чи доповнення, гучність, підпис</translation>
    </message>
    <message>
        <source>Back to the clip</source>
        <translation>Назад до кліпу</translation>
    </message>
    <message>
        <source>Campaign frame</source>
        <translation>Рамка кампанії</translation>
    </message>
    <message>
        <source>Crop or pad (automatic)</source>
        <translation>Обрізати чи доповнити (автоматично)</translation>
    </message>
    <message>
        <source>Crop around faces</source>
        <translation>Обрізати довкола облич</translation>
    </message>
    <message>
        <source>Pad with a blurred copy</source>
        <translation>Доповнити розмитою копією</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>Вихідний формат</translation>
    </message>
    <message>
        <source>How the picture fills the format</source>
        <translation>Як зображення заповнює формат</translation>
    </message>
    <message>
        <source>Clip player</source>
        <translation>Програвач кліпів</translation>
    </message>
    <message>
        <source>Timeline with the in and out points</source>
        <translation>Шкала часу з точками початку й кінця</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>Play or pause (Space or K); L plays faster, J jumps back a second</source>
        <translation>Відтворити або призупинити (Space або K); L — швидше, J — на секунду назад</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Немає відкритого проєкту.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>This project has no clips yet: import them on the Contributions page.</source>
        <translation>У цьому проєкті ще немає кліпів: імпортуйте їх на сторінці «Матеріали».</translation>
    </message>
    <message>
        <source>Preparing the clip for playback…</source>
        <translation>Підготовка кліпу до відтворення…</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Підготовка кліпу</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>кадр %1</translation>
    </message>
    <message>
        <source>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</source>
        <translation>Фрагмент тривав би %1 с, а ця кампанія дозволяє щонайбільше %2 с на кліп мешканця. Посуньте точку початку або кінця.</translation>
    </message>
    <message>
        <source>These in and out points do not fit the clip: %1</source>
        <translation>Ці точки початку й кінця не відповідають кліпу: %1</translation>
    </message>
    <message>
        <source>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</source>
        <translation>Використано фрагмент: від %1 с до %2 с (%3 с); ця кампанія дозволяє %4 с на кліп мешканця.</translation>
    </message>
    <message>
        <source>The clip is longer: set in and out points.</source>
        <translation>Кліп довший: позначте точки початку й кінця.</translation>
    </message>
    <message>
        <source>Preview of the normalised clip</source>
        <translation>Попередній перегляд нормалізованого кліпу</translation>
    </message>
    <message>
        <source>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</source>
        <translation>Фрагмент триває %1 с, а ця кампанія дозволяє щонайбільше %2 с на кліп мешканця: спершу позначте точки початку й кінця.</translation>
    </message>
    <message>
        <source>Showing the normalised preview (%1).</source>
        <translation>Показано нормалізований перегляд (%1).</translation>
    </message>
</context>
<context>
    <name>CollagePage</name>
    <message>
        <source>Collage poster</source>
        <translation>Плакат-колаж</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Плакат</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Папір:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Макет:</translation>
    </message>
    <message>
        <source>Arrangement (seed):</source>
        <translation>Розташування (зерно):</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Сторінки:</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Рядок подяк</translation>
    </message>
    <message>
        <source>A line of first names under the photos: adults whose consent covers print.</source>
        <translation>Рядок імен під фото: дорослі, чия згода охоплює друк.</translation>
    </message>
    <message>
        <source>Render poster</source>
        <translation>Створити плакат</translation>
    </message>
    <message>
        <source>Justified rows</source>
        <translation>Вирівняні рядки</translation>
    </message>
    <message>
        <source>Justified columns</source>
        <translation>Вирівняні стовпці</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>Рівна сітка</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Серце</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Коло</translation>
    </message>
    <message>
        <source>Preview of the collage poster</source>
        <translation>Попередній перегляд плаката-колажу</translation>
    </message>
    <message>
        <source>Open a project to make its collage poster.</source>
        <translation>Відкрийте проєкт, щоб створити його плакат-колаж.</translation>
    </message>
    <message>
        <source>Drawing the collage preview</source>
        <translation>Створення попереднього перегляду колажу</translation>
    </message>
    <message>
        <source>Too small to print: %1</source>
        <translation>Замало для друку: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose consent covers print; smallest tile %1 mm.</source>
        <translation>
            <numerusform>%n фото зі згодою на друк; найменша плитка — %1 мм.</numerusform>
            <numerusform>%n фото зі згодою на друк; найменша плитка — %1 мм.</numerusform>
            <numerusform>%n фото зі згодою на друк; найменша плитка — %1 мм.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the collage poster</source>
        <translation>Створення плаката-колажу</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Скасовано; нічого недописаного не збережено.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n файл записано в %1</numerusform>
            <numerusform>%n файли записано в %1</numerusform>
            <numerusform>%n файлів записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</source>
        <translation>З %1 фото плитки надрукуються розміром %2 мм, менше за мінімум набору — %3 мм. Використайте %4 стор. або більший папір.</translation>
    </message>
</context>
<context>
    <name>ConsentCsv</name>
    <message>
        <source>Consents of a batch (CSV)</source>
        <translation>Згоди для партії (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файли CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was applied.</source>
        <translation>
            <numerusform>У %1 знайдено %n проблему; нічого не застосовано.</numerusform>
            <numerusform>У %1 знайдено %n проблеми; нічого не застосовано.</numerusform>
            <numerusform>У %1 знайдено %n проблем; нічого не застосовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents not applied</source>
        <translation>Згоди не застосовано</translation>
    </message>
    <message numerus="yes">
        <source>Give %n contribution(s) their consent from %1?</source>
        <translation>
            <numerusform>Застосувати згоду з %1 до %n матеріалу?</numerusform>
            <numerusform>Застосувати згоди з %1 до %n матеріалів?</numerusform>
            <numerusform>Застосувати згоди з %1 до %n матеріалів?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply consents</source>
        <translation>Застосувати згоди</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Social media and the campaign website</source>
        <translation>Соцмережі та вебсайт кампанії</translation>
    </message>
    <message>
        <source>Printed posters, postcards and the calendar</source>
        <translation>Друковані плакати, листівки й календар</translation>
    </message>
    <message>
        <source>The city&apos;s campaign video</source>
        <translation>Відео кампанії міста</translation>
    </message>
    <message>
        <source>Sharing with the Intercultural Cities network and partner cities</source>
        <translation>Поширення в мережі «Міжкультурні міста» та серед міст-партнерів</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Зареєструвати паперову згоду</translation>
    </message>
    <message numerus="yes">
        <source>Consent for %n contribution(s), as the resident signed it on paper.</source>
        <translation>
            <numerusform>Згода для %n матеріалу, як її підписала особа на папері.</numerusform>
            <numerusform>Згода для %n матеріалів, як її підписала особа на папері.</numerusform>
            <numerusform>Згода для %n матеріалів, як її підписала особа на папері.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>First name or pseudonym</source>
        <translation>Ім’я або псевдонім</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>Мова тексту згоди</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Текст згоди</translation>
    </message>
    <message>
        <source>Consent text:</source>
        <translation>Текст згоди:</translation>
    </message>
    <message>
        <source>Purposes the resident agrees to</source>
        <translation>Цілі, на які особа погоджується</translation>
    </message>
    <message>
        <source>The resident is a &amp;minor</source>
        <translation>Особа &amp;неповнолітня</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who consents</source>
        <translation>Ім’я одного з батьків або опікуна, який дає згоду</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Ім’я опікуна</translation>
    </message>
    <message>
        <source>Optional: a scan or photo of the signed form</source>
        <translation>Необов’язково: скан або фото підписаної форми</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Скан підписаної форми</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</source>
        <translation>Скани (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</translation>
    </message>
    <message>
        <source>Tick at least one purpose, as the resident chose.</source>
        <translation>Позначте принаймні одну ціль, як вибрала особа.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s first name or a pseudonym.</source>
        <translation>Введіть ім’я або псевдонім особи.</translation>
    </message>
    <message>
        <source>Choose the language of the consent text.</source>
        <translation>Виберіть мову тексту згоди.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent must be given by a parent or guardian: enter their name.</source>
        <translation>Згоду неповнолітньої особи має дати один із батьків або опікун: введіть його ім’я.</translation>
    </message>
    <message>
        <source>The scan cannot be used: %1</source>
        <translation>Скан не можна використати: %1</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your consent</source>
        <translation>Ваша згода</translation>
    </message>
    <message>
        <source>What may the city do with your photo and your message?</source>
        <translation>Як місто може використати ваше фото й повідомлення?</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Позначте принаймні один варіант.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>Скільки вам років?</translation>
    </message>
    <message>
        <source>%1 or older</source>
        <translation>%1 років і старше</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Молодше %1 років</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Ні, дякую</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Погоджуюся</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>not approved</source>
        <translation>не схвалено</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>згоду не зареєстровано</translation>
    </message>
    <message>
        <source>consent does not cover social media</source>
        <translation>згода не поширюється на соцмережі</translation>
    </message>
    <message>
        <source>Student contest</source>
        <translation>Учнівський конкурс</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>The entries of one category and their ranking</source>
        <translation>Роботи однієї категорії та їхній рейтинг</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Add entries…</source>
        <translation>Додати роботи…</translation>
    </message>
    <message>
        <source>Enter approved photos and clips in the contest</source>
        <translation>Подати схвалені фото й кліпи на конкурс</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Вилучити роботу</translation>
    </message>
    <message>
        <source>Take the selected entry out of the contest, with its scores (the contribution stays)</source>
        <translation>Зняти вибрану роботу з конкурсу разом з її оцінками (матеріал залишиться)</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>Член журі:</translation>
    </message>
    <message>
        <source>The juror to rename or remove</source>
        <translation>Член журі, якого треба перейменувати або вилучити</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Член журі</translation>
    </message>
    <message>
        <source>Add juror…</source>
        <translation>Додати члена журі…</translation>
    </message>
    <message>
        <source>Add a juror: a new score column</source>
        <translation>Додати члена журі: новий стовпець оцінок</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Rename the chosen juror</source>
        <translation>Перейменувати вибраного члена журі</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Вилучити члена журі</translation>
    </message>
    <message>
        <source>Remove the chosen juror and every score they gave</source>
        <translation>Вилучити вибраного члена журі й усі його оцінки</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Scores of the entries</source>
        <translation>Оцінки робіт</translation>
    </message>
    <message>
        <source>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</source>
        <translation>Введіть оцінку (від 0 до 10, можна з половинками) у стовпці члена журі й натисніть Enter</translation>
    </message>
    <message>
        <source>Ranking summary</source>
        <translation>Підсумок рейтингу</translation>
    </message>
    <message>
        <source>Winner&apos;s card</source>
        <translation>Картка переможця</translation>
    </message>
    <message>
        <source>Allow a provisional winner</source>
        <translation>Дозволити попереднього переможця</translation>
    </message>
    <message>
        <source>Render the card before every juror has scored every entry</source>
        <translation>Створити картку ще до того, як усі члени журі оцінять усі роботи</translation>
    </message>
    <message>
        <source>Render winner card</source>
        <translation>Створити картку переможця</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Відкрити теку</translation>
    </message>
    <message>
        <source>Open the folder of the winner&apos;s cards</source>
        <translation>Відкрити теку з картками переможця</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>Показана картка</translation>
    </message>
    <message>
        <source>Which of the rendered cards is shown</source>
        <translation>Яку зі створених карток показано</translation>
    </message>
    <message>
        <source>Preview of the winner&apos;s card</source>
        <translation>Попередній перегляд картки переможця</translation>
    </message>
    <message>
        <source>Open a project to run its student contest.</source>
        <translation>Відкрийте проєкт, щоб провести його учнівський конкурс.</translation>
    </message>
    <message>
        <source>No entries in this category yet: add approved contributions as entries.</source>
        <translation>У цій категорії ще немає робіт: додайте схвалені матеріали як конкурсні роботи.</translation>
    </message>
    <message>
        <source>Add the jurors: each one gets a score column.</source>
        <translation>Додайте членів журі: кожен отримає стовпець оцінок.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Оцінок ще немає.</translation>
    </message>
    <message>
        <source>Ranking final. Winner: entry %1 (%2), mean %3.</source>
        <translation>Рейтинг остаточний. Переможець: робота %1 (%2), середня оцінка %3.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n score(s) still missing.</source>
        <translation>
            <numerusform>Попередній рейтинг: ще не виставлено %n оцінку.</numerusform>
            <numerusform>Попередній рейтинг: ще не виставлено %n оцінки.</numerusform>
            <numerusform>Попередній рейтинг: ще не виставлено %n оцінок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leading: entry %1 (%2), mean %3.</source>
        <translation>Лідирує: робота %1 (%2), середня оцінка %3.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Спершу відкрийте проєкт.</translation>
    </message>
    <message>
        <source>There is no winner yet: no entry has a score.</source>
        <translation>Переможця ще немає: жодна робота не має оцінки.</translation>
    </message>
    <message>
        <source>The ranking is not final: every juror must score every entry (or allow a provisional winner).</source>
        <translation>Рейтинг не остаточний: кожен член журі має оцінити кожну роботу (або дозвольте попереднього переможця).</translation>
    </message>
    <message>
        <source>The winner may not appear on a public card: %1</source>
        <translation>Переможець не може з’явитися на публічній картці: %1</translation>
    </message>
    <message>
        <source>Render the winner&apos;s card, square and story, in each language of the project</source>
        <translation>Створити картку переможця, квадрат і сторіс, кожною мовою проєкту</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Скасувати: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Скасувати (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторити: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Повторити (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>score of entry %1 by %2</source>
        <translation>оцінка роботи %1 від члена журі %2</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Додати члена журі</translation>
    </message>
    <message>
        <source>Name of the juror:</source>
        <translation>Ім’я члена журі:</translation>
    </message>
    <message>
        <source>%1 joined the jury.</source>
        <translation>%1 — тепер у складі журі.</translation>
    </message>
    <message>
        <source>Rename juror</source>
        <translation>Перейменувати члена журі</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Нове ім’я для %1:</translation>
    </message>
    <message>
        <source>Remove %1 and every score they gave?</source>
        <translation>Вилучити %1 з журі разом з усіма виставленими оцінками?</translation>
    </message>
    <message>
        <source>%1 left the jury; their scores were removed.</source>
        <translation>%1 більше не в журі; відповідні оцінки вилучено.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added.</source>
        <translation>
            <numerusform>Додано %n роботу.</numerusform>
            <numerusform>Додано %n роботи.</numerusform>
            <numerusform>Додано %n робіт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to remove first.</source>
        <translation>Спершу виберіть роботу, яку треба вилучити.</translation>
    </message>
    <message>
        <source>Take entry %1 out of the contest, with its scores?</source>
        <translation>Зняти роботу %1 з конкурсу разом з її оцінками?</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card</source>
        <translation>Створення картки переможця</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card…</source>
        <translation>Створення картки переможця…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Скасовано; нічого недописаного не збережено.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n картку записано в %1</numerusform>
            <numerusform>%n картки записано в %1</numerusform>
            <numerusform>%n карток записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name on the card: the winner is a minor or has no first name recorded)</source>
        <translation>(на картці немає імені: переможець неповнолітній або його ім’я не зареєстровано)</translation>
    </message>
    <message>
        <source>square</source>
        <translation>квадрат</translation>
    </message>
    <message>
        <source>story</source>
        <translation>сторіс</translation>
    </message>
    <message>
        <source>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</source>
        <translation>Картки ще немає. Коли кожен член журі оцінить кожну роботу, створіть картку переможця: вона з’явиться тут.</translation>
    </message>
    <message>
        <source>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</source>
        <translation>%1 — не оцінка: введіть число від 0 до 10 із кроком 0,5.</translation>
    </message>
    <message>
        <source>There is already a juror named %1.</source>
        <translation>Член журі з ім’ям %1 уже є.</translation>
    </message>
    <message>
        <source>Contribution %1 cannot enter the contest: %2</source>
        <translation>Матеріал %1 не можна подати на конкурс: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ranking is not final: %n score(s) still missing.</source>
        <translation>
            <numerusform>Рейтинг не остаточний: ще не виставлено %n оцінку.</numerusform>
            <numerusform>Рейтинг не остаточний: ще не виставлено %n оцінки.</numerusform>
            <numerusform>Рейтинг не остаточний: ще не виставлено %n оцінок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The winner (entry %1) may not appear on a public card: %2</source>
        <translation>Переможець (робота %1) не може з’явитися на публічній картці: %2</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>pending</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>схвалено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>кліп</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>соцмережі</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>друкований плакат</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>відео міста</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>поширення в мережі</translation>
    </message>
    <message>
        <source>consent for every purpose</source>
        <translation>згода на всі цілі</translation>
    </message>
    <message>
        <source>consent for some purposes</source>
        <translation>згода на деякі цілі</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>згоди немає</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Матеріали</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Імпортувати &amp;файли…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>Імпортувати фото й кліпи (Ctrl+I); файли можна також перетягнути сюди</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Імпортувати &amp;теку…</translation>
    </message>
    <message>
        <source>Import every photo and clip of a folder (Ctrl+Shift+I)</source>
        <translation>Імпортувати всі фото й кліпи з теки (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Схвалити</translation>
    </message>
    <message>
        <source>Approve the selected contributions (A)</source>
        <translation>Схвалити вибрані матеріали (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Відхилити…</translation>
    </message>
    <message>
        <source>Reject the selected contributions with a reason (R)</source>
        <translation>Відхилити вибрані матеріали із зазначенням причини (R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагувати</translation>
    </message>
    <message>
        <source>Edit the crops, message and alt text of the selected contribution (E or Enter)</source>
        <translation>Редагувати обрізання, повідомлення й альтернативний текст вибраного матеріалу (E або Enter)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Зареєструвати &amp;згоду…</translation>
    </message>
    <message>
        <source>Record the consent a resident signed on paper for the selected contributions (C)</source>
        <translation>Зареєструвати згоду, яку особа підписала на папері, для вибраних матеріалів (C)</translation>
    </message>
    <message>
        <source>Consents from a CS&amp;V…</source>
        <translation>Згоди з CS&amp;V…</translation>
    </message>
    <message>
        <source>Give a batch of contributions their consent from a CSV file, checked line by line</source>
        <translation>Надати партії матеріалів згоду з файлу CSV, з перевіркою кожного рядка</translation>
    </message>
    <message>
        <source>Render &amp;photos</source>
        <translation>Створити ф&amp;ото</translation>
    </message>
    <message>
        <source>Frame every approved photo in every format, with alt text (Ctrl+R)</source>
        <translation>Обрамити кожне схвалене фото в кожному форматі, з альтернативним текстом (Ctrl+R)</translation>
    </message>
    <message>
        <source>Preview of the framed photo</source>
        <translation>Попередній перегляд обрамленого фото</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Photos and clips</source>
        <translation>Фото й кліпи</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Кліпи</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Будь-яка згода</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>Згоди немає</translation>
    </message>
    <message>
        <source>Show contributions with status</source>
        <translation>Показати матеріали зі статусом</translation>
    </message>
    <message>
        <source>Show contributions with this status</source>
        <translation>Показати матеріали з цим статусом</translation>
    </message>
    <message>
        <source>Show photos, clips or both</source>
        <translation>Показати фото, кліпи або все разом</translation>
    </message>
    <message>
        <source>Show contributions in language</source>
        <translation>Показати матеріали мовою</translation>
    </message>
    <message>
        <source>Show contributions whose message is in this language</source>
        <translation>Показати матеріали, повідомлення яких написано цією мовою</translation>
    </message>
    <message>
        <source>Show contributions by consent</source>
        <translation>Показати матеріали за згодою</translation>
    </message>
    <message>
        <source>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</source>
        <translation>Згоди немає: згоду не зареєстровано (або відкликано); такі матеріали не потрапляють у жоден вихідний файл</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Усі мови</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>без мови</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Немає відкритого проєкту.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n матеріал</numerusform>
            <numerusform>%n матеріали</numerusform>
            <numerusform>%n матеріалів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n на розгляді</numerusform>
            <numerusform>%n на розгляді</numerusform>
            <numerusform>%n на розгляді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n схвалений</numerusform>
            <numerusform>%n схвалені</numerusform>
            <numerusform>%n схвалених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n відхилений</numerusform>
            <numerusform>%n відхилені</numerusform>
            <numerusform>%n відхилених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n відкликаний</numerusform>
            <numerusform>%n відкликані</numerusform>
            <numerusform>%n відкликаних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n без згоди</numerusform>
            <numerusform>%n без згоди</numerusform>
            <numerusform>%n без згоди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>Показано: %n</numerusform>
            <numerusform>Показано: %n</numerusform>
            <numerusform>Показано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>Жоден матеріал не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</source>
        <translation>Матеріалів ще немає. Перетягніть сюди фото й кліпи або скористайтеся «Імпортувати файли» (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n вибраний</numerusform>
            <numerusform>%n вибрані</numerusform>
            <numerusform>%n вибраних</numerusform>
        </translation>
    </message>
    <message>
        <source>A approves them all, R rejects them all with one reason.</source>
        <translation>A — схвалити всі, R — відхилити всі з однією причиною.</translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</source>
        <translation>Виберіть матеріал, щоб побачити подробиці. A — схвалити, R — відхилити, E або Enter — редагувати; Shift або Ctrl — вибрати кілька.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Альтернативний текст</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Given on %1 (%2), text version %3, in %4</source>
        <translation>Надано %1 (%2), версія тексту %3, мова: %4</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Опікун: %1</translation>
    </message>
    <message>
        <source>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</source>
        <translation>Для цього матеріалу не зареєстровано згоди: він не потрапляє в жоден вихідний файл, доки її не буде. C — зареєструвати згоду, підписану на папері.</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Створення попереднього перегляду</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>Створення фото</translation>
    </message>
    <message>
        <source>Import photos and clips</source>
        <translation>Імпорт фото й кліпів</translation>
    </message>
    <message>
        <source>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Фото й кліпи (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and clips</source>
        <translation>Імпорт теки з фото й кліпами</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Імпортування</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ICC Studio — unexpected error</source>
        <translation>ICC Studio — неочікувана помилка</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</source>
        <translation>Щось пішло не так: %1

Ваш проєкт у безпеці: усе, що було збережено до цього моменту, залишається. Подробиці — у файлі журналу:
%2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Feed square</source>
        <translation>Стрічка, квадрат</translation>
    </message>
    <message>
        <source>Feed portrait</source>
        <translation>Стрічка, вертикаль</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Сторіз</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Фото профілю</translation>
    </message>
    <message>
        <source>X header</source>
        <translation>Шапка X</translation>
    </message>
    <message>
        <source>Facebook cover</source>
        <translation>Обкладинка Facebook</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>схвалено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Матеріали</translation>
    </message>
    <message>
        <source>Back to the contributions (Esc)</source>
        <translation>Назад до матеріалів (Esc)</translation>
    </message>
    <message>
        <source>Back to the contributions</source>
        <translation>Назад до матеріалів</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Попередній</translation>
    </message>
    <message>
        <source>Previous contribution (Page Up)</source>
        <translation>Попередній матеріал (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступний</translation>
    </message>
    <message>
        <source>Next contribution (Page Down)</source>
        <translation>Наступний матеріал (Page Down)</translation>
    </message>
    <message>
        <source>Reset to the proposal</source>
        <translation>Повернути пропозицію</translation>
    </message>
    <message>
        <source>Use the face-aware crop proposed for this format again (Ctrl+0)</source>
        <translation>Знову застосувати запропоноване для цього формату обрізання з урахуванням облич (Ctrl+0)</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>Безпечні зони</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Crop for the %1 (Alt+%2)</source>
        <translation>Обрізання для формату «%1» (Alt+%2)</translation>
    </message>
    <message>
        <source>Crop for the %1</source>
        <translation>Обрізання для формату «%1»</translation>
    </message>
    <message>
        <source>Photo with the crop of the chosen format</source>
        <translation>Фото з обрізанням вибраного формату</translation>
    </message>
    <message>
        <source>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</source>
        <translation>Перетягніть прямокутник, щоб пересунути його, або кут, щоб змінити розмір. Стрілки пересувають його (з Ctrl — дрібними кроками), Shift+стрілки змінюють розмір. Page Up / Page Down: попередній / наступний матеріал.</translation>
    </message>
    <message>
        <source>Choose a contribution on the Contributions page and press E to edit it.</source>
        <translation>Виберіть матеріал на сторінці «Матеріали» й натисніть E, щоб редагувати його.</translation>
    </message>
    <message>
        <source>Preview of the output, drawn by the export renderer</source>
        <translation>Попередній перегляд результату, створений засобом експорту</translation>
    </message>
    <message>
        <source>What the export will look like, drawn by the same renderer</source>
        <translation>Як виглядатиме експорт — створено тим самим засобом</translation>
    </message>
    <message>
        <source>Show the platform&apos;s safe zones</source>
        <translation>Показати безпечні зони платформи</translation>
    </message>
    <message>
        <source>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</source>
        <translation>Ділянки, які закриває інтерфейс застосунку або відрізає його обрізання (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Повідомлення:</translation>
    </message>
    <message>
        <source>Message shown on the photo</source>
        <translation>Повідомлення на фото</translation>
    </message>
    <message>
        <source>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</source>
        <translation>Слова особи, показані в реченні набору; зберігаються, коли ви робите паузу або виходите з поля</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Довжина повідомлення</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Мова повідомлення</translation>
    </message>
    <message>
        <source>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</source>
        <translation>Мова повідомлення: від неї залежать речення набору й напрямок тексту</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Альтернативний текст:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Альтернативний текст</translation>
    </message>
    <message>
        <source>A description of the image for people who use a screen reader</source>
        <translation>Опис зображення для людей, які користуються програмою зчитування з екрана</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</source>
        <translation>Описує фото для програм зчитування з екрана. Якщо поле порожнє, експорт використає опис із набору разом із повідомленням.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Завантаження фото…</translation>
    </message>
    <message>
        <source>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</source>
        <translation>Це кліп: обріжте його на сторінці «Кліпи». Його повідомлення й альтернативний текст можна редагувати тут.</translation>
    </message>
    <message>
        <source>Loading the photo</source>
        <translation>Завантаження фото</translation>
    </message>
    <message>
        <source>Move the crop of the %1</source>
        <translation>Пересунути обрізання для формату «%1»</translation>
    </message>
    <message>
        <source>Reset the crop of the %1</source>
        <translation>Скинути обрізання для формату «%1»</translation>
    </message>
    <message>
        <source>Crop set by hand</source>
        <translation>Обрізання задано вручну</translation>
    </message>
    <message>
        <source>Proposed crop</source>
        <translation>Запропоноване обрізання</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of %1</source>
        <translation>
            <numerusform>%n символ із %1</numerusform>
            <numerusform>%n символи з %1</numerusform>
            <numerusform>%n символів із %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): this kit allows at most %1. The message is not saved until it is shortened.</source>
        <translation>
            <numerusform>Задовге на %n символ: цей набір дозволяє щонайбільше %1. Повідомлення не буде збережено, доки його не скоротять.</numerusform>
            <numerusform>Задовге на %n символи: цей набір дозволяє щонайбільше %1. Повідомлення не буде збережено, доки його не скоротять.</numerusform>
            <numerusform>Задовге на %n символів: цей набір дозволяє щонайбільше %1. Повідомлення не буде збережено, доки його не скоротять.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Редагувати повідомлення</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Редагувати альтернативний текст</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Змінити мову</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Скасувати: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Скасувати (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторити: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Повторити (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>Немає відкритого матеріалу</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Створення…</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>Створення попереднього перегляду</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пікс.</translation>
    </message>
</context>
<context>
    <name>EntryChooser</name>
    <message>
        <source>Add entries</source>
        <translation>Додати роботи</translation>
    </message>
    <message>
        <source>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</source>
        <translation>Виберіть схвалені фото й кліпи, які треба подати на конкурс (Ctrl або Shift — кілька). Фото потрапляє в категорію фото, кліп — у категорію відео.</translation>
    </message>
    <message>
        <source>Approved contributions not entered yet</source>
        <translation>Схвалені матеріали, ще не подані на конкурс</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Кліп</translation>
    </message>
    <message>
        <source>Every approved photo and clip is already entered.</source>
        <translation>Усі схвалені фото й кліпи вже подано на конкурс.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Неочікувана помилка: %1</translation>
    </message>
    <message>
        <source>There is no ICC Studio project in %1.</source>
        <translation>У %1 немає проєкту ICC Studio.</translation>
    </message>
    <message>
        <source>%1 already holds files or a project; choose a new or empty folder.</source>
        <translation>%1 уже містить файли або проєкт; виберіть нову або порожню теку.</translation>
    </message>
    <message>
        <source>The project in %1 is damaged: %2</source>
        <translation>Проєкт у %1 пошкоджено: %2</translation>
    </message>
    <message>
        <source>The project in %1 was made by a newer version of ICC Studio.</source>
        <translation>Проєкт у %1 створено новішою версією ICC Studio.</translation>
    </message>
    <message>
        <source>The kit file %1 is not valid: %2</source>
        <translation>Файл набору %1 недійсний: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 не імпортовано: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Не вдається записати %1: диск заповнено. Звільніть місце і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>Не вдається записати %1: диск або тека лише для читання.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>Не вдається записати %1: у вас немає права записувати в цю теку.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is too large for that disk.</source>
        <translation>Не вдається записати %1: файл завеликий для цього диска.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk reported an error (was it unplugged?).</source>
        <translation>Не вдається записати %1: диск повідомив про помилку (його від’єднали?).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
</context>
<context>
    <name>GuardianScreen</name>
    <message>
        <source>A parent or guardian must agree</source>
        <translation>Потрібна згода одного з батьків або опікуна</translation>
    </message>
    <message>
        <source>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</source>
        <translation>Якщо вам менше %1 років, один із батьків або законний опікун дає згоду разом із вами. Попросіть його прочитати це й заповнити.</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>Ім’я одного з батьків або опікуна</translation>
    </message>
    <message>
        <source>I am the parent or guardian and I agree</source>
        <translation>Я — мати, батько або опікун і даю згоду</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Ні, дякую</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Звіт про імпорт</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n файл імпортовано</numerusform>
            <numerusform>%n файли імпортовано</numerusform>
            <numerusform>%n файлів імпортовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n дублікат</numerusform>
            <numerusform>%n дублікати</numerusform>
            <numerusform>%n дублікатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n відхилений</numerusform>
            <numerusform>%n відхилені</numerusform>
            <numerusform>%n відхилених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</source>
        <translation>
            <numerusform>%n файл уже був у проєкті (те саме зображення, хоч би як воно називалося) і не імпортувався вдруге: у кожному рядку вказано матеріал, який він дублює.</numerusform>
            <numerusform>%n файли вже були в проєкті (те саме зображення, хоч би як воно називалося) і не імпортувалися вдруге: у кожному рядку вказано матеріал, який дублює файл.</numerusform>
            <numerusform>%n файлів уже були в проєкті (те саме зображення, хоч би як воно називалося) і не імпортувалися вдруге: у кожному рядку вказано матеріал, який дублює файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only duplicates and rejected files</source>
        <translation>Лише дублікати й відхилені файли</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Files of the import</source>
        <translation>Файли імпорту</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дублікат</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>already contribution #%1</source>
        <translation>уже є матеріалом №%1</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Зупинити це завдання; нічого незавершеного не зберігається</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Скасувати поточне завдання</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Хід поточного завдання</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Залишилася %n секунда</numerusform>
            <numerusform>Залишилося %n секунди</numerusform>
            <numerusform>Залишилося %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Нал&amp;аштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Мова інтерфейсу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Відкрити теку &amp;журналів</translation>
    </message>
    <message>
        <source>&amp;About ICC Studio</source>
        <translation>&amp;Про ICC Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти до %1</translation>
    </message>
    <message>
        <source>No project open — File › New project or File › Open project</source>
        <translation>Немає відкритого проєкту — Файл › Новий проєкт або Файл › Відкрити проєкт</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проєкт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) of this project are missing from its folder.</source>
        <translation>
            <numerusform>%n медіафайл цього проєкту відсутній у його теці.</numerusform>
            <numerusform>%n медіафайли цього проєкту відсутні в його теці.</numerusform>
            <numerusform>%n медіафайлів цього проєкту відсутні в його теці.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a campaign project</source>
        <translation>Відкрити проєкт кампанії</translation>
    </message>
    <message>
        <source>About ICC Studio</source>
        <translation>Про ICC Studio</translation>
    </message>
    <message>
        <source>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</source>
        <translation>ICC Studio %1

Матеріали кампаній для мережі «Міжкультурні міста», створені офлайн і за згодою.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit?</source>
        <translation>
            <numerusform>%n завдання ще виконується. Скасувати його й вийти?</numerusform>
            <numerusform>%n завдання ще виконуються. Скасувати їх і вийти?</numerusform>
            <numerusform>%n завдань ще виконуються. Скасувати їх і вийти?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Your first name or a nickname (optional)</source>
        <translation>Ваше ім’я або нікнейм (необов’язково)</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>Зробити фото ще раз</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>Символів: %1 / %2</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Send a contribution package</source>
        <translation>Надіслати пакет матеріалів</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Експортувати пакет…</translation>
    </message>
    <message>
        <source>Receive packages</source>
        <translation>Отримати пакети</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Імпортувати пакети…</translation>
    </message>
    <message>
        <source>Package and entries</source>
        <translation>Пакет і елементи</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Міста</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Матеріали</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Схвалено</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Withdrawal and erasure</source>
        <translation>Відкликання й стирання</translation>
    </message>
    <message>
        <source>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</source>
        <translation>Коли особа відкликає згоду, зітріть її дані: її файли, копії, створені версії та експорти буде видалено, плакати й відео, де вона була, треба створити знову, а наступний пакет повідомить міста-партнери й координатора мережі, що їм теж треба стерти ці дані.</translation>
    </message>
    <message>
        <source>Contributor:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>згоду відкликано</translation>
    </message>
    <message>
        <source>Erase contributor…</source>
        <translation>Стерти автора…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Зберігання</translation>
    </message>
    <message>
        <source>Delete the originals this many days after the campaign day:</source>
        <translation>Видаляти оригінали через стільки днів після дня кампанії:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Зберегти й застосувати</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>Звіт про конфіденційність</translation>
    </message>
    <message>
        <source>Show what this project stores about whom</source>
        <translation>Показати, які дані про кого зберігає цей проєкт</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Зберегти як JSON…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Audit log: approvals, packages, erasures, retention</source>
        <translation>Журнал аудиту: схвалення, пакети, стирання, зберігання</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <source>Open a project to exchange packages with the network.</source>
        <translation>Відкрийте проєкт, щоб обмінюватися пакетами з мережею.</translation>
    </message>
    <message>
        <source>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</source>
        <translation>Пакет містить схвалені матеріали всіх міст, згода на які охоплює поширення в мережі, і всі повідомлення про відкликання. Надішліть його містам-партнерам.</translation>
    </message>
    <message>
        <source>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</source>
        <translation>Пакет містить схвалені матеріали, згода на які охоплює поширення в мережі, без імен і метаданих, а також повідомлення про відкликання. Надішліть його координаторові мережі.</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Мережа — %1</translation>
    </message>
    <message>
        <source>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</source>
        <translation>Це проєкт координатора мережі: він збирає пакети міст і надсилає їм назад добірку мережі.</translation>
    </message>
    <message>
        <source>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</source>
        <translation>Це проєкт міста: він надсилає свій пакет координаторові мережі й отримує добірку мережі.</translation>
    </message>
    <message>
        <source>Package from %1: revision %2, imported %3</source>
        <translation>Пакет від %1: ревізія %2, імпортовано %3</translation>
    </message>
    <message>
        <source>No package imported yet.</source>
        <translation>Ще не імпортовано жодного пакета.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n contribution(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n матеріал)</numerusform>
            <numerusform>#%1 %2 (%n матеріали)</numerusform>
            <numerusform>#%1 %2 (%n матеріалів)</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals are deleted after %1.</source>
        <translation>Оригінали видаляються після %1.</translation>
    </message>
    <message>
        <source>Originals are kept until a contributor is erased.</source>
        <translation>Оригінали зберігаються, доки автора не буде стерто.</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Експорт пакета</translation>
    </message>
    <message>
        <source>Contribution packages (*.zip)</source>
        <translation>Пакети матеріалів (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Експортування пакета</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 written to %2: %n contribution(s)</source>
        <translation>
            <numerusform>Ревізію %1 записано в %2: %n матеріал</numerusform>
            <numerusform>Ревізію %1 записано в %2: %n матеріали</numerusform>
            <numerusform>Ревізію %1 записано в %2: %n матеріалів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal notice(s)</source>
        <translation>
            <numerusform>%n повідомлення про відкликання</numerusform>
            <numerusform>%n повідомлення про відкликання</numerusform>
            <numerusform>%n повідомлень про відкликання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out (not approved, or no consent for re-share)</source>
        <translation>
            <numerusform>%n матеріал пропущено (не схвалено або немає згоди на поширення в мережі)</numerusform>
            <numerusform>%n матеріали пропущено (не схвалено або немає згоди на поширення в мережі)</numerusform>
            <numerusform>%n матеріалів пропущено (не схвалено або немає згоди на поширення в мережі)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Імпорт пакетів</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>Імпортування пакетів</translation>
    </message>
    <message>
        <source>(the archive)</source>
        <translation>(архів)</translation>
    </message>
    <message>
        <source>checked, %1 bytes</source>
        <translation>перевірено, байтів: %1</translation>
    </message>
    <message>
        <source>%1, revision %2: already imported, nothing changed</source>
        <translation>%1, ревізія %2: уже імпортовано, нічого не змінено</translation>
    </message>
    <message>
        <source>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</source>
        <translation>%1, ревізія %2: додано %3, оновлено %4, вилучено %5, відкликано %6</translation>
    </message>
    <message>
        <source>Refused: older than the package already imported from this city.</source>
        <translation>Відхилено: старіший за пакет, уже імпортований від цього міста.</translation>
    </message>
    <message>
        <source>Refused: entry %1: %2</source>
        <translation>Відхилено: елемент %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Відхилено: %1</translation>
    </message>
    <message>
        <source>unsafe name (%1)</source>
        <translation>небезпечна назва (%1)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>символьне посилання</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <source>an encrypted entry</source>
        <translation>зашифрований елемент</translation>
    </message>
    <message>
        <source>an unsupported compression method</source>
        <translation>непідтримуваний метод стиснення</translation>
    </message>
    <message>
        <source>name collides with another entry (%1)</source>
        <translation>назва збігається з назвою іншого елемента (%1)</translation>
    </message>
    <message>
        <source>too many entries (%1)</source>
        <translation>забагато елементів (%1)</translation>
    </message>
    <message>
        <source>too large (%1)</source>
        <translation>завеликий розмір (%1)</translation>
    </message>
    <message>
        <source>suspicious compression ratio (a possible zip bomb)</source>
        <translation>підозрілий коефіцієнт стиснення (можлива zip-бомба)</translation>
    </message>
    <message>
        <source>the manifest is not valid (%1)</source>
        <translation>маніфест недійсний (%1)</translation>
    </message>
    <message>
        <source>made by a newer ICC Studio</source>
        <translation>створено новішою версією ICC Studio</translation>
    </message>
    <message>
        <source>wrong checksum (%1)</source>
        <translation>неправильна контрольна сума (%1)</translation>
    </message>
    <message>
        <source>a file the manifest does not declare</source>
        <translation>файл, не оголошений у маніфесті</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>відсутній (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>пошкоджений архів (%1)</translation>
    </message>
    <message>
        <source>overlapping entries (%1)</source>
        <translation>елементи перекриваються (%1)</translation>
    </message>
    <message>
        <source>this is this project&apos;s own package</source>
        <translation>це власний пакет цього проєкту</translation>
    </message>
    <message>
        <source>made for another campaign (%1)</source>
        <translation>створено для іншої кампанії (%1)</translation>
    </message>
    <message>
        <source>same revision with other content</source>
        <translation>та сама ревізія з іншим вмістом</translation>
    </message>
    <message>
        <source>Erase contributor</source>
        <translation>Стерти автора</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</source>
        <translation>Остаточно стерти %1?

Фото й кліпи цієї особи, усі їхні копії, створені версії та експорти буде видалено; цю дію не можна скасувати. Плакати й відео, де була ця особа, треба створити знову.</translation>
    </message>
    <message>
        <source>Erasing a contributor</source>
        <translation>Стирання автора</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n file(s) deleted</source>
        <translation>
            <numerusform>Стерто: видалено %n файл</numerusform>
            <numerusform>Стерто: видалено %n файли</numerusform>
            <numerusform>Стерто: видалено %n файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to render again</source>
        <translation>
            <numerusform>%n вихідний файл треба створити знову</numerusform>
            <numerusform>%n вихідні файли треба створити знову</numerusform>
            <numerusform>%n вихідних файлів треба створити знову</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next package carries %n withdrawal notice(s) for them.</source>
        <translation>
            <numerusform>Наступний пакет міститиме %n повідомлення про відкликання щодо цієї особи.</numerusform>
            <numerusform>Наступний пакет міститиме %n повідомлення про відкликання щодо цієї особи.</numerusform>
            <numerusform>Наступний пакет міститиме %n повідомлень про відкликання щодо цієї особи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention setting</source>
        <translation>Застосування налаштування зберігання</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) deleted now.</source>
        <translation>
            <numerusform>Зараз видалено %n оригінал.</numerusform>
            <numerusform>Зараз видалено %n оригінали.</numerusform>
            <numerusform>Зараз видалено %n оригіналів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the privacy report</source>
        <translation>Створення звіту про конфіденційність</translation>
    </message>
    <message>
        <source>minor, guardian %1</source>
        <translation>неповнолітня особа, опікун: %1</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>з пакета</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>відкликано %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>чинна</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Згода від %1</translation>
    </message>
    <message>
        <source> — signed form kept</source>
        <translation> — підписану форму збережено</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Матеріал №%1</translation>
    </message>
    <message>
        <source>%1 stored files, %2 renders</source>
        <translation>Збережених файлів: %1, створених версій: %2</translation>
    </message>
    <message>
        <source>originals deleted after %1</source>
        <translation>оригінали видаляються після %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Withdrawal notices</source>
        <translation>Повідомлення про відкликання</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>соцмережі</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>друкований плакат</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>відео міста</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>поширення в мережі</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Зберегти звіт про конфіденційність</translation>
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
        <translation>Новий проєкт кампанії</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Тека проєкту</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>Наприклад: Лісабон</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Назва міста</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Місто:</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>Набір кампанії</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Набір:</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>Мови кампанії</translation>
    </message>
    <message>
        <source>The languages of the city&apos;s campaign; captions and posters use them</source>
        <translation>Мови кампанії міста; їх використовують у підписах і на плакатах</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Мо&amp;ви:</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Рік кампанії</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Choose an empty folder for the project</source>
        <translation>Виберіть порожню теку для проєкту</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Виберіть теку для проєкту.</translation>
    </message>
    <message>
        <source>Enter the city&apos;s name.</source>
        <translation>Введіть назву міста.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Виберіть принаймні одну мову.</translation>
    </message>
</context>
<context>
    <name>NoCameraScreen</name>
    <message>
        <source>The camera is not available at the moment</source>
        <translation>Камера зараз недоступна</translation>
    </message>
    <message>
        <source>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</source>
        <translation>Будь ласка, повідомте когось із персоналу. Кіоск продовжить роботу сам, щойно камера запрацює.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Хід завдання «%1»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Зупинити це завдання; нічого незавершеного не зберігається</translation>
    </message>
    <message>
        <source>Waiting for the previous render</source>
        <translation>Очікування попереднього завдання</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Відкрити теку</translation>
    </message>
    <message>
        <source>Show the rendered files in the file manager</source>
        <translation>Показати створені файли у файловому менеджері</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-finished was kept</source>
        <translation>Скасовано; нічого незавершеного не збережено</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%n second(s) left</source>
        <translation>Залишилося секунд: %n</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Вихідні файли</translation>
    </message>
    <message>
        <source>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</source>
        <translation>Виберіть, що створити. Включено лише схвалені матеріали, автори яких дали згоду на таке використання; решту наведено з причиною.</translation>
    </message>
    <message>
        <source>What to render</source>
        <translation>Що створити</translation>
    </message>
    <message>
        <source>Framed photos</source>
        <translation>Фото в рамці</translation>
    </message>
    <message>
        <source>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</source>
        <translation>Кожне схвалене фото в рамці набору: квадрат і вертикаль для стрічки, сторіз, фото профілю, шапка X</translation>
    </message>
    <message>
        <source>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</source>
        <translation>Кожне схвалене фото в п’яти форматах, з альтернативним текстом; незмінені фото не створюються повторно.</translation>
    </message>
    <message>
        <source>Per-city video</source>
        <translation>Відео міста</translation>
    </message>
    <message>
        <source>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</source>
        <translation>Вступна заставка, фото з плавним рухом і підписами, кліпи, фінальна заставка; із субтитрами й кадром-обкладинкою</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Версії:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версія %1</translation>
    </message>
    <message>
        <source>Target length:</source>
        <translation>Цільова тривалість:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The time each photo is shown adapts so that the video lasts this long</source>
        <translation>Час показу кожного фото підлаштовується так, щоб відео тривало саме стільки</translation>
    </message>
    <message>
        <source>Music:</source>
        <translation>Музика:</translation>
    </message>
    <message>
        <source>No music (optional)</source>
        <translation>Без музики (необов’язково)</translation>
    </message>
    <message>
        <source>Music file</source>
        <translation>Музичний файл</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>A music track: faded in and out, lowered while residents speak</source>
        <translation>Музичний трек: плавно з’являється й згасає, стихає, коли говорять мешканці</translation>
    </message>
    <message>
        <source>Burn the clips&apos; subtitles into the picture</source>
        <translation>Вбудувати субтитри кліпів у зображення</translation>
    </message>
    <message>
        <source>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</source>
        <translation>Кожен схвалений кліп у форматі публікації (9:16), з підписом і вирівняною гучністю</translation>
    </message>
    <message>
        <source>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</source>
        <translation>Плакат A2 (PDF для друку і PNG) та його версія для соцмереж; більше параметрів на сторінці «Плакат-колаж»</translation>
    </message>
    <message>
        <source>One post per day before the day, in each language, square and story</source>
        <translation>Один допис на день до дня кампанії, кожною мовою, квадратний і сторіс</translation>
    </message>
    <message>
        <source>X header and Facebook cover with the city&apos;s name</source>
        <translation>Заголовок X і обкладинка Facebook з назвою міста</translation>
    </message>
    <message>
        <source>A6 postcards, front and back, and sheets of four on A4</source>
        <translation>Листівки A6, лицьовий і зворотний бік, і аркуші по чотири на A4</translation>
    </message>
    <message>
        <source>An A3 poster and a square post per speaker saved on the Quote posters page</source>
        <translation>Плакат A3 і квадратний допис для кожної особи, збереженої на сторінці «Плакати з цитатами»</translation>
    </message>
    <message>
        <source>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</source>
        <translation>Картка переможця фотоконкурсу, квадратна та для сторіс, кожною мовою (коли кожен член журі оцінить кожну роботу)</translation>
    </message>
    <message>
        <source>Twelve months with one contribution each, A4 and A3</source>
        <translation>Дванадцять місяців, по одному матеріалу на кожен, A4 і A3</translation>
    </message>
    <message>
        <source>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</source>
        <translation>Вебсайт кампанії: тека для будь-якого хостингу або для відкриття з USB-накопичувача (створюйте останнім)</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Render the chosen outputs in the background</source>
        <translation>Створити вибрані вихідні файли у фоновому режимі</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вихідний файл</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Хід</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Render jobs</source>
        <translation>Завдання створення</translation>
    </message>
    <message>
        <source>Open a project to render its outputs.</source>
        <translation>Відкрийте проєкт, щоб створити його вихідні файли.</translation>
    </message>
    <message>
        <source>Choose a music track</source>
        <translation>Вибрати музичний трек</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</source>
        <translation>Аудіофайли (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <source>Per-city video (%1)</source>
        <translation>Відео міста (%1)</translation>
    </message>
    <message>
        <source>Resident clips</source>
        <translation>Кліпи мешканців</translation>
    </message>
    <message>
        <source>Collage poster</source>
        <translation>Плакат-колаж</translation>
    </message>
    <message>
        <source>Countdown posts</source>
        <translation>Дописи зворотного відліку</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Банери</translation>
    </message>
    <message>
        <source>Postcards</source>
        <translation>Листівки</translation>
    </message>
    <message>
        <source>Quote posters</source>
        <translation>Плакати з цитатами</translation>
    </message>
    <message>
        <source>Contest winner&apos;s card</source>
        <translation>Картка переможця конкурсу</translation>
    </message>
    <message>
        <source>Diversity calendar</source>
        <translation>Календар розмаїття</translation>
    </message>
    <message>
        <source>Campaign gallery (website)</source>
        <translation>Галерея кампанії (вебсайт)</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) rendered</source>
        <translation>
            <numerusform>Створено %n вихідний файл</numerusform>
            <numerusform>Створено %n вихідні файли</numerusform>
            <numerusform>Створено %n вихідних файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n з помилкою</numerusform>
            <numerusform>%n з помилкою</numerusform>
            <numerusform>%n з помилкою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n версія</numerusform>
            <numerusform>%n версії</numerusform>
            <numerusform>%n версій</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, %2 s per photo</source>
        <translation>%1 с, %2 с на фото</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n матеріал пропущено</numerusform>
            <numerusform>%n матеріали пропущено</numerusform>
            <numerusform>%n матеріалів пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>#%1 left out: %2</source>
        <translation>#%1 пропущено: %2</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Лише для персоналу: введіть PIN, щоб вийти з кіоску</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Забагато неправильних PIN. Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN.</translation>
    </message>
</context>
<context>
    <name>PortraitChooser</name>
    <message>
        <source>Choose a portrait</source>
        <translation>Вибрати портрет</translation>
    </message>
    <message>
        <source>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</source>
        <translation>Схвалені фото. Портрет з’являється лише в тих форматах, на які поширюється його згода: для плаката A3 потрібна згода на друк, для квадрата — на соцмережі.</translation>
    </message>
    <message>
        <source>Approved photos</source>
        <translation>Схвалені фото</translation>
    </message>
    <message>
        <source>square only</source>
        <translation>лише квадрат</translation>
    </message>
    <message>
        <source>A3 poster only</source>
        <translation>лише плакат A3</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>друкований плакат</translation>
    </message>
    <message>
        <source>no print consent</source>
        <translation>немає згоди на друк</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>соцмережі</translation>
    </message>
    <message>
        <source>no social-media consent</source>
        <translation>немає згоди на соцмережі</translation>
    </message>
    <message>
        <source>No approved photo has consent for print or social media yet.</source>
        <translation>Жодне схвалене фото ще не має згоди на друк чи соцмережі.</translation>
    </message>
    <message>
        <source>Loading thumbnails</source>
        <translation>Завантаження мініатюр</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Look at the camera and smile!</source>
        <translation>Подивіться в камеру й усміхніться!</translation>
    </message>
    <message>
        <source>You appear as in a mirror. The photo itself will not be mirrored.</source>
        <translation>Ви бачите себе як у дзеркалі. Саме фото не буде віддзеркалене.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Сфотографувати мене</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quote posters</source>
        <translation>Плакати з цитатами</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спікери</translation>
    </message>
    <message>
        <source>Every speaker gets the same poster and the same maximum quote length</source>
        <translation>Усі спікери отримують однаковий плакат і однакову максимальну довжину цитати</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Додати спікера</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Вилучити вибраного спікера</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Move the selected speaker up (the posters are numbered in this order)</source>
        <translation>Перемістити вибраного спікера вгору (плакати нумеруються в цьому порядку)</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Перемістити спікера вгору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Перемістити вибраного спікера вниз</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Перемістити спікера вниз</translation>
    </message>
    <message>
        <source>&amp;Render quote posters</source>
        <translation>&amp;Створити плакати з цитатами</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop rendering; nothing half-written is kept</source>
        <translation>Зупинити створення; нічого недописаного не зберігається</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>Хід створення</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Відкрити теку</translation>
    </message>
    <message>
        <source>Open the folder of the rendered quote posters</source>
        <translation>Відкрити теку зі створеними плакатами з цитатами</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Спікер</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Посада:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>Портрет:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Ім’я спікера</translation>
    </message>
    <message>
        <source>For example: Claire Dubois</source>
        <translation>Наприклад: Claire Dubois</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Посада спікера</translation>
    </message>
    <message>
        <source>For example: Mayor of the city</source>
        <translation>Наприклад: міський голова</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Мова цитати</translation>
    </message>
    <message>
        <source>The quotation marks and the writing direction follow the language</source>
        <translation>Лапки та напрямок письма залежать від мови</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>Матеріал…</translation>
    </message>
    <message>
        <source>Take the portrait from an approved photo of the project</source>
        <translation>Взяти портрет зі схваленого фото проєкту</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>An official portrait: the image is copied into the project</source>
        <translation>Офіційний портрет: зображення копіюється в проєкт</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>Без портрета</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>At most %1 characters, the same for every speaker</source>
        <translation>Щонайбільше символів: %1, однаково для всіх спікерів</translation>
    </message>
    <message>
        <source>Quote length</source>
        <translation>Довжина цитати</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>&amp;Квадрат</translation>
    </message>
    <message>
        <source>The 1080×1080 square for social media</source>
        <translation>Квадрат 1080×1080 для соцмереж</translation>
    </message>
    <message>
        <source>A&amp;3 poster</source>
        <translation>Плакат A&amp;3</translation>
    </message>
    <message>
        <source>The A3 print poster, with its bleed and crop marks</source>
        <translation>Плакат A3 для друку, з випусками під обріз і мітками обрізу</translation>
    </message>
    <message>
        <source>Preview of the quote poster</source>
        <translation>Попередній перегляд плаката з цитатою</translation>
    </message>
    <message>
        <source>Open a project to make its quote posters.</source>
        <translation>Відкрийте проєкт, щоб створити його плакати з цитатами.</translation>
    </message>
    <message>
        <source>(new speaker)</source>
        <translation>(новий спікер)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>перевищено на %n символ</numerusform>
            <numerusform>перевищено на %n символи</numerusform>
            <numerusform>перевищено на %n символів</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a speaker to make quote posters.</source>
        <translation>Додайте спікера, щоб створити плакати з цитатами.</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>спікер %1</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %1 is %n character(s) over the limit of %2 that every speaker has.</source>
        <translation>
            <numerusform>%1: цитата перевищує на %n символ ліміт %2, спільний для всіх спікерів.</numerusform>
            <numerusform>%1: цитата перевищує на %n символи ліміт %2, спільний для всіх спікерів.</numerusform>
            <numerusform>%1: цитата перевищує на %n символів ліміт %2, спільний для всіх спікерів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 has no name.</source>
        <translation>Спікер %1 не має імені.</translation>
    </message>
    <message>
        <source>%1 has no quote yet.</source>
        <translation>%1: цитати ще немає.</translation>
    </message>
    <message>
        <source>A3 print poster and 1080×1080 square for every speaker</source>
        <translation>Плакат A3 для друку й квадрат 1080×1080 для кожного спікера</translation>
    </message>
    <message>
        <source>Choose a portrait</source>
        <translation>Вибрати портрет</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Зображення (%1)</translation>
    </message>
    <message>
        <source>Copying the portrait</source>
        <translation>Копіювання портрета</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Копіювання %1…</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Матеріал №%1</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in the project</source>
        <translation>Матеріалу №%1 більше немає в проєкті</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Файл зображення</translation>
    </message>
    <message>
        <source>Drawing the quote poster preview</source>
        <translation>Створення попереднього перегляду плаката з цитатою</translation>
    </message>
    <message>
        <source>The A3 poster</source>
        <translation>Плакат A3</translation>
    </message>
    <message>
        <source>The square</source>
        <translation>Квадрат</translation>
    </message>
    <message>
        <source>%1 will not be made: the portrait&apos;s %2.</source>
        <translation>%1 не буде створено через портрет: %2.</translation>
    </message>
    <message>
        <source>Rendering the quote posters</source>
        <translation>Створення плакатів із цитатами</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Створення…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Скасовано; нічого недописаного не збережено.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Створення: %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n файл записано в %1</numerusform>
            <numerusform>%n файли записано в %1</numerusform>
            <numerusform>%n файлів записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Portraits left out: %1</source>
        <translation>Пропущені портрети: %1</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not a portrait of a resident</source>
        <translation>Це не портрет мешканця</translation>
    </message>
    <message>
        <source>Blurred, too dark or too small</source>
        <translation>Розмите, затемне або замале</translation>
    </message>
    <message>
        <source>Inappropriate content</source>
        <translation>Неприйнятний вміст</translation>
    </message>
    <message>
        <source>Other people in the photo have not consented</source>
        <translation>Інші люди на фото не дали згоди</translation>
    </message>
    <message>
        <source>Same photo as another contribution</source>
        <translation>Те саме фото, що й в іншому матеріалі</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n contribution(s) rejected?</source>
        <translation>
            <numerusform>Чому відхилено %n матеріал?</numerusform>
            <numerusform>Чому відхилено ці %n матеріали?</numerusform>
            <numerusform>Чому відхилено ці %n матеріалів?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a reason or pick one given before</source>
        <translation>Введіть причину або виберіть одну з попередніх</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Причина відхилення</translation>
    </message>
    <message>
        <source>Kept with each contribution and in the audit log</source>
        <translation>Зберігається з кожним матеріалом і в журналі аудиту</translation>
    </message>
    <message>
        <source>The reason is kept with each contribution and in the project&apos;s audit log.</source>
        <translation>Причина зберігається з кожним матеріалом і в журналі аудиту проєкту.</translation>
    </message>
</context>
<context>
    <name>RenderReportDialog</name>
    <message>
        <source>Rendered photos</source>
        <translation>Створені фото</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n файл створено</numerusform>
            <numerusform>%n файли створено</numerusform>
            <numerusform>%n файлів створено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n матеріал пропущено</numerusform>
            <numerusform>%n матеріали пропущено</numerusform>
            <numerusform>%n матеріалів пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Матеріал</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Відкрити теку</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like this photo?</source>
        <translation>Вам подобається це фото?</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Перезняти</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Залишити це фото</translation>
    </message>
</context>
<context>
    <name>SafeZones</name>
    <message>
        <source>Top bar of the app</source>
        <translation>Верхня панель застосунку</translation>
    </message>
    <message>
        <source>Reply bar</source>
        <translation>Панель відповіді</translation>
    </message>
    <message>
        <source>Circular crop</source>
        <translation>Кругле обрізання</translation>
    </message>
    <message>
        <source>Mobile crop</source>
        <translation>Обрізання на мобільному</translation>
    </message>
    <message>
        <source>Desktop crop</source>
        <translation>Обрізання на комп’ютері</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Фото профілю</translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation>Безпечна зона</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <source>Saving your portrait…</source>
        <translation>Зберігаємо ваш портрет…</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score of %1</source>
        <translation>Оцінка члена журі %1</translation>
    </message>
    <message>
        <source>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</source>
        <translation>Від 0 до 10 із кроком 0,5 (7.5 або 7,5); порожньо — без оцінки</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>Коментар для журі</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>Note (school, class)</source>
        <translation>Коментар (школа, клас)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Середня</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</source>
        <translation>Оцінки члена журі %1: від 0 до 10 із кроком 0,5. Введіть оцінку й натисніть Enter; видаліть її, щоб залишити роботу без оцінки.</translation>
    </message>
    <message>
        <source>For the jury only: never printed on a card.</source>
        <translation>Лише для журі: ніколи не друкується на картці.</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; scores.</source>
        <translation>Середнє значення оцінок членів журі.</translation>
    </message>
    <message>
        <source>Equal means: more scores first, then the higher median, then the entry submitted first.</source>
        <translation>За однакової середньої оцінки вище та робота, що має більше оцінок, потім — вищу медіану, потім — та, що подана раніше.</translation>
    </message>
    <message>
        <source>No score from %1 yet</source>
        <translation>Оцінки від члена журі %1 ще немає</translation>
    </message>
    <message>
        <source>%1 gave %2</source>
        <translation>%1: оцінка %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Кліп</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Робота %1, %2: %3</translation>
    </message>
    <message>
        <source>Entry %1 by %2</source>
        <translation>Робота %1, автор: %2</translation>
    </message>
    <message>
        <source>Left out: not approved any more</source>
        <translation>Пропущено: більше не схвалено</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n score(s) missing</source>
        <translation>
            <numerusform>Неповна: не виставлено %n оцінку</numerusform>
            <numerusform>Неповна: не виставлено %n оцінки</numerusform>
            <numerusform>Неповна: не виставлено %n оцінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie settled by more scores</source>
        <translation>Нічию розв’язано за кількістю оцінок</translation>
    </message>
    <message>
        <source>Tie settled by the median</source>
        <translation>Нічию розв’язано за медіаною</translation>
    </message>
    <message>
        <source>Tie settled by the earlier entry</source>
        <translation>Нічию розв’язано на користь раніше поданої роботи</translation>
    </message>
    <message>
        <source>Not on a public card: %1</source>
        <translation>Не для публічної картки: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</source>
        <translation>Мова меню, сторінок і повідомлень; змінюється одразу. Мови самої кампанії задаються в кожному проєкті.</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Тека для &amp;експорту за замовчуванням:</translation>
    </message>
    <message>
        <source>Each project&apos;s own exports folder</source>
        <translation>Власна тека експорту кожного проєкту</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Тека для експорту за замовчуванням</translation>
    </message>
    <message>
        <source>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</source>
        <translation>Куди записуються створені файли, в окрему теку для кожного міста. Залиште порожнім, щоб зберігати їх у теці експорту кожного проєкту.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Вибрати теку для експорту за замовчуванням</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Вибрати теку в діалоговому вікні</translation>
    </message>
    <message>
        <source>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</source>
        <translation>Фото, плакати, банери й вебсайт потрапляють у &lt;тека&gt;/&lt;місто&gt;/…; відео міста та кліпи мешканців залишаються в проєкті. Файли, експортовані за межі теки проєкту, не видаляються, коли мешканець відкликає згоду: видаліть їх вручну.</translation>
    </message>
    <message>
        <source>&amp;Worker processes:</source>
        <translation>&amp;Робочі процеси:</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>Кількість робочих процесів</translation>
    </message>
    <message>
        <source>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</source>
        <translation>Скільки процесів одночасно декодують і обробляють фото. Більше — швидше на комп’ютері з багатьма ядрами; менше — комп’ютер лишається вільним для іншої роботи. За замовчуванням: один на ядро (%1). Застосовується до наступного імпорту чи створення.</translation>
    </message>
    <message>
        <source>Put every setting back to its default value (saved with OK)</source>
        <translation>Повернути всім параметрам значення за замовчуванням (зберігається кнопкою OK)</translation>
    </message>
    <message>
        <source>Save and apply the settings</source>
        <translation>Зберегти й застосувати налаштування</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Закрити, нічого не змінюючи</translation>
    </message>
    <message>
        <source>“%1” is not a full path: choose the folder with Browse….</source>
        <translation>«%1» — не повний шлях: виберіть теку кнопкою «Огляд…».</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — це файл, а не тека.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Не вдалося створити теку %1: %2</translation>
    </message>
    <message>
        <source>ICC Studio cannot write in %1: %2</source>
        <translation>ICC Studio не може записувати в %1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2</source>
        <translation>Не вдалося зберегти налаштування в %1: %2</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</source>
        <translation>Команда міста перегляне ваш портрет перед публікацією. Щоб пізніше відкликати згоду, зверніться до цієї стійки.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
</context>
</TS>
