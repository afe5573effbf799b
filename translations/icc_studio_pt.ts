<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your portrait for the campaign: it takes two minutes.</source>
        <translation>Faça o seu retrato para a campanha: demora só dois minutos.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Toque aqui para começar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipa</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Kit artwork</source>
        <translation>Grafismo do kit</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Cidade:</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dia:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Línguas:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtags:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites:</translation>
    </message>
    <message>
        <source>Countdown starts:</source>
        <translation>Início da contagem decrescente:</translation>
    </message>
    <message>
        <source>The day:</source>
        <translation>O dia:</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Acompanhamento até:</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Nenhum projeto aberto</translation>
    </message>
    <message>
        <source>Create a project with File › New project, or open one with File › Open project.</source>
        <translation>Crie um projeto com Ficheiro › Novo projeto ou abra um com Ficheiro › Abrir projeto.</translation>
    </message>
    <message>
        <source>messages up to %1 characters; clips up to %2 s</source>
        <translation>mensagens até %1 caracteres; clips até %2 s</translation>
    </message>
    <message>
        <source>Drawing the kit preview</source>
        <translation>A criar a pré-visualização do kit</translation>
    </message>
    <message>
        <source>Preview of a square post</source>
        <translation>Pré-visualização de uma publicação quadrada</translation>
    </message>
    <message>
        <source>Preview of a story</source>
        <translation>Pré-visualização de uma story</translation>
    </message>
    <message>
        <source>Preview of a profile picture</source>
        <translation>Pré-visualização de uma foto de perfil</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Event capture</source>
        <translation>Captação no evento</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Parar a câmara</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Ligar a câmara</translation>
    </message>
    <message>
        <source>&amp;Take the portrait</source>
        <translation>&amp;Tirar o retrato</translation>
    </message>
    <message>
        <source>&amp;Take it again</source>
        <translation>&amp;Tirar outra vez</translation>
    </message>
    <message>
        <source>Take the portrait (Ctrl+T)</source>
        <translation>Tirar o retrato (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pick photos from a camera card…</source>
        <translation>&amp;Escolher fotografias de um cartão da câmara…</translation>
    </message>
    <message>
        <source>Take the resident&apos;s portrait or pick their photos, then fill in the consent with them. Nothing is kept before you press Keep.</source>
        <translation>Tire o retrato da pessoa ou escolha as fotografias dela e, depois, preencha o consentimento com ela. Nada é guardado antes de carregar em Guardar.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>Sou…</translation>
    </message>
    <message>
        <source>The resident&apos;s message (optional)</source>
        <translation>A mensagem da pessoa (opcional)</translation>
    </message>
    <message>
        <source>The resident&apos;s message</source>
        <translation>A mensagem da pessoa</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Forget this resident&apos;s picture and form</source>
        <translation>Esquecer a imagem e o formulário desta pessoa</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Keep the picture with its consent (Ctrl+Enter)</source>
        <translation>Guardar a imagem com o respetivo consentimento (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1</source>
        <translation>Não é possível abrir a câmara: %1</translation>
    </message>
    <message>
        <source>The camera is not answering: check its cable. It will be used again as soon as it is back.</source>
        <translation>A câmara não responde: verifique o cabo. Volta a ser usada logo que esteja novamente disponível.</translation>
    </message>
    <message>
        <source>The resident&apos;s photos</source>
        <translation>As fotografias da pessoa</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Fotografias (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) picked:</source>
        <translation>
            <numerusform>%n fotografia escolhida:</numerusform>
            <numerusform>%n fotografias escolhidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the camera, or pick photos from a camera card.</source>
        <translation>Ligue a câmara ou escolha fotografias de um cartão da câmara.</translation>
    </message>
    <message>
        <source>Take the portrait or pick the photos first.</source>
        <translation>Tire primeiro o retrato ou escolha as fotografias.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>A mensagem tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>Keeping the portrait</source>
        <translation>A guardar o retrato</translation>
    </message>
    <message>
        <source>Keeping the photos</source>
        <translation>A guardar as fotografias</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n contribution(s), pending review.</source>
        <translation>
            <numerusform>Guardada: %n contribuição, a aguardar revisão.</numerusform>
            <numerusform>Guardadas: %n contribuições, a aguardar revisão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Nada foi guardado: %1</translation>
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
        <translation>Um fotograma para trás (← ou ,)</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Fotograma ▶</translation>
    </message>
    <message>
        <source>One frame forward (→ or .)</source>
        <translation>Um fotograma para a frente (→ ou .)</translation>
    </message>
    <message>
        <source>Set &amp;in</source>
        <translation>Marcar &amp;entrada</translation>
    </message>
    <message>
        <source>The part starts here (I); Shift+I goes to the in-point</source>
        <translation>O excerto começa aqui (I); Shift+I vai para o ponto de entrada</translation>
    </message>
    <message>
        <source>Set &amp;out</source>
        <translation>Marcar &amp;saída</translation>
    </message>
    <message>
        <source>The part ends here (O); Shift+O goes to the out-point</source>
        <translation>O excerto termina aqui (O); Shift+O vai para o ponto de saída</translation>
    </message>
    <message>
        <source>Use the whole clip</source>
        <translation>Usar o clip inteiro</translation>
    </message>
    <message>
        <source>Preview normalised</source>
        <translation>Pré-visualização normalizada</translation>
    </message>
    <message>
        <source>Play the part as it will be delivered: format, crop or padding, loudness, caption</source>
        <translation>Reproduzir o excerto tal como será entregue: formato, recorte ou preenchimento, volume, legenda</translation>
    </message>
    <message>
        <source>Back to the clip</source>
        <translation>Voltar ao clip</translation>
    </message>
    <message>
        <source>Campaign frame</source>
        <translation>Moldura da campanha</translation>
    </message>
    <message>
        <source>Crop or pad (automatic)</source>
        <translation>Recortar ou preencher (automático)</translation>
    </message>
    <message>
        <source>Crop around faces</source>
        <translation>Recortar à volta dos rostos</translation>
    </message>
    <message>
        <source>Pad with a blurred copy</source>
        <translation>Preencher com uma cópia desfocada</translation>
    </message>
    <message>
        <source>Delivery format</source>
        <translation>Formato de saída</translation>
    </message>
    <message>
        <source>How the picture fills the format</source>
        <translation>Como a imagem preenche o formato</translation>
    </message>
    <message>
        <source>Clip player</source>
        <translation>Leitor de clips</translation>
    </message>
    <message>
        <source>Timeline with the in and out points</source>
        <translation>Linha de tempo com os pontos de entrada e saída</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play or pause (Space or K); L plays faster, J jumps back a second</source>
        <translation>Reproduzir ou pausar (Space ou K); L acelera, J recua um segundo</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Nenhum projeto aberto.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>This project has no clips yet: import them on the Contributions page.</source>
        <translation>Este projeto ainda não tem clips: importe-os na página Contribuições.</translation>
    </message>
    <message>
        <source>Preparing the clip for playback…</source>
        <translation>A preparar o clip para reprodução…</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>A preparar o clip</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>fotograma %1</translation>
    </message>
    <message>
        <source>The part would last %1 s, over this campaign&apos;s maximum of %2 s per resident clip. Move the in-point or the out-point.</source>
        <translation>O excerto duraria %1 s, acima do máximo de %2 s por clip de residente desta campanha. Mova o ponto de entrada ou o de saída.</translation>
    </message>
    <message>
        <source>These in and out points do not fit the clip: %1</source>
        <translation>Estes pontos de entrada e saída não se ajustam ao clip: %1</translation>
    </message>
    <message>
        <source>Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.</source>
        <translation>Excerto usado: de %1 s a %2 s (%3 s); esta campanha permite %4 s por clip de residente.</translation>
    </message>
    <message>
        <source>The clip is longer: set in and out points.</source>
        <translation>O clip é mais longo: marque os pontos de entrada e saída.</translation>
    </message>
    <message>
        <source>Preview of the normalised clip</source>
        <translation>Pré-visualização do clip normalizado</translation>
    </message>
    <message>
        <source>The part lasts %1 s, over this campaign&apos;s maximum of %2 s per resident clip: set in and out points first.</source>
        <translation>O excerto dura %1 s, acima do máximo de %2 s por clip de residente desta campanha: marque primeiro os pontos de entrada e saída.</translation>
    </message>
    <message>
        <source>Showing the normalised preview (%1).</source>
        <translation>A mostrar a pré-visualização normalizada (%1).</translation>
    </message>
</context>
<context>
    <name>CollagePage</name>
    <message>
        <source>Collage poster</source>
        <translation>Cartaz colagem</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Cartaz</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Esquema:</translation>
    </message>
    <message>
        <source>Arrangement (seed):</source>
        <translation>Disposição (semente):</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Linha de créditos</translation>
    </message>
    <message>
        <source>A line of first names under the photos: adults whose consent covers print.</source>
        <translation>Uma linha de nomes próprios por baixo das fotografias: adultos cujo consentimento abrange a impressão.</translation>
    </message>
    <message>
        <source>Render poster</source>
        <translation>Gerar cartaz</translation>
    </message>
    <message>
        <source>Justified rows</source>
        <translation>Linhas justificadas</translation>
    </message>
    <message>
        <source>Justified columns</source>
        <translation>Colunas justificadas</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>Grelha regular</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Coração</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Preview of the collage poster</source>
        <translation>Pré-visualização do cartaz colagem</translation>
    </message>
    <message>
        <source>Open a project to make its collage poster.</source>
        <translation>Abra um projeto para criar o respetivo cartaz colagem.</translation>
    </message>
    <message>
        <source>Drawing the collage preview</source>
        <translation>A criar a pré-visualização da colagem</translation>
    </message>
    <message>
        <source>Too small to print: %1</source>
        <translation>Demasiado pequeno para imprimir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose consent covers print; smallest tile %1 mm.</source>
        <translation>
            <numerusform>%n fotografia com consentimento para impressão; mosaico mais pequeno: %1 mm.</numerusform>
            <numerusform>%n fotografias com consentimento para impressão; mosaico mais pequeno: %1 mm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the collage poster</source>
        <translation>A gerar o cartaz colagem</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelado; nada escrito a meio foi guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n ficheiro escrito em %1</numerusform>
            <numerusform>%n ficheiros escritos em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 photos the tiles would print at %2 mm, under the kit&apos;s minimum of %3 mm. Use %4 pages, or a larger paper.</source>
        <translation>Com %1 fotografias, os mosaicos seriam impressos a %2 mm, abaixo do mínimo do kit de %3 mm. Use %4 páginas ou um papel maior.</translation>
    </message>
</context>
<context>
    <name>ConsentCsv</name>
    <message>
        <source>Consents of a batch (CSV)</source>
        <translation>Consentimentos de um lote (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Ficheiros CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was applied.</source>
        <translation>
            <numerusform>%n problema encontrado em %1; nada foi aplicado.</numerusform>
            <numerusform>%n problemas encontrados em %1; nada foi aplicado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents not applied</source>
        <translation>Consentimentos não aplicados</translation>
    </message>
    <message numerus="yes">
        <source>Give %n contribution(s) their consent from %1?</source>
        <translation>
            <numerusform>Atribuir a %n contribuição o consentimento indicado em %1?</numerusform>
            <numerusform>Atribuir a %n contribuições os consentimentos indicados em %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply consents</source>
        <translation>Aplicar consentimentos</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Social media and the campaign website</source>
        <translation>Redes sociais e sítio web da campanha</translation>
    </message>
    <message>
        <source>Printed posters, postcards and the calendar</source>
        <translation>Cartazes impressos, postais e o calendário</translation>
    </message>
    <message>
        <source>The city&apos;s campaign video</source>
        <translation>O vídeo da campanha da cidade</translation>
    </message>
    <message>
        <source>Sharing with the Intercultural Cities network and partner cities</source>
        <translation>Partilha com a rede das Cidades interculturais e cidades parceiras</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Registar um consentimento em papel</translation>
    </message>
    <message numerus="yes">
        <source>Consent for %n contribution(s), as the resident signed it on paper.</source>
        <translation>
            <numerusform>Consentimento para %n contribuição, tal como a pessoa o assinou em papel.</numerusform>
            <numerusform>Consentimento para %n contribuições, tal como a pessoa o assinou em papel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>First name or pseudonym</source>
        <translation>Nome próprio ou pseudónimo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>Língua do texto do consentimento</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto do consentimento</translation>
    </message>
    <message>
        <source>Consent text:</source>
        <translation>Texto do consentimento:</translation>
    </message>
    <message>
        <source>Purposes the resident agrees to</source>
        <translation>Finalidades que a pessoa aceita</translation>
    </message>
    <message>
        <source>The resident is a &amp;minor</source>
        <translation>A pessoa é &amp;menor de idade</translation>
    </message>
    <message>
        <source>Name of the parent or guardian who consents</source>
        <translation>Nome do progenitor ou tutor que dá o consentimento</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nome do tutor</translation>
    </message>
    <message>
        <source>Optional: a scan or photo of the signed form</source>
        <translation>Opcional: uma digitalização ou fotografia do formulário assinado</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Digitalização do formulário assinado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</source>
        <translation>Digitalizações (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)</translation>
    </message>
    <message>
        <source>Tick at least one purpose, as the resident chose.</source>
        <translation>Assinale pelo menos uma finalidade, conforme a escolha da pessoa.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s first name or a pseudonym.</source>
        <translation>Introduza o nome próprio ou um pseudónimo da pessoa.</translation>
    </message>
    <message>
        <source>Choose the language of the consent text.</source>
        <translation>Escolha a língua do texto do consentimento.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent must be given by a parent or guardian: enter their name.</source>
        <translation>O consentimento de um menor tem de ser dado por um progenitor ou tutor: introduza o respetivo nome.</translation>
    </message>
    <message>
        <source>The scan cannot be used: %1</source>
        <translation>Não é possível usar a digitalização: %1</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Your consent</source>
        <translation>O seu consentimento</translation>
    </message>
    <message>
        <source>What may the city do with your photo and your message?</source>
        <translation>O que pode a cidade fazer com a sua fotografia e a sua mensagem?</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Assinale pelo menos uma opção.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>Que idade tem?</translation>
    </message>
    <message>
        <source>%1 or older</source>
        <translation>%1 anos ou mais</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Menos de %1 anos</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Não, obrigado</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Concordo</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>not approved</source>
        <translation>não aprovada</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>nenhum consentimento registado</translation>
    </message>
    <message>
        <source>consent does not cover social media</source>
        <translation>o consentimento não abrange as redes sociais</translation>
    </message>
    <message>
        <source>Student contest</source>
        <translation>Concurso escolar</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>The entries of one category and their ranking</source>
        <translation>As participações de uma categoria e a respetiva classificação</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Add entries…</source>
        <translation>Adicionar participações…</translation>
    </message>
    <message>
        <source>Enter approved photos and clips in the contest</source>
        <translation>Inscrever fotografias e clips aprovados no concurso</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Remover participação</translation>
    </message>
    <message>
        <source>Take the selected entry out of the contest, with its scores (the contribution stays)</source>
        <translation>Retirar do concurso a participação selecionada, com as respetivas pontuações (a contribuição mantém-se)</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>Jurado:</translation>
    </message>
    <message>
        <source>The juror to rename or remove</source>
        <translation>O jurado a renomear ou remover</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <source>Add juror…</source>
        <translation>Adicionar jurado…</translation>
    </message>
    <message>
        <source>Add a juror: a new score column</source>
        <translation>Adicionar um jurado: uma nova coluna de pontuações</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Mudar o nome…</translation>
    </message>
    <message>
        <source>Rename the chosen juror</source>
        <translation>Mudar o nome do jurado escolhido</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Remover jurado</translation>
    </message>
    <message>
        <source>Remove the chosen juror and every score they gave</source>
        <translation>Remover o jurado escolhido e todas as pontuações que atribuiu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Scores of the entries</source>
        <translation>Pontuações das participações</translation>
    </message>
    <message>
        <source>Type a score (0 to 10, halves allowed) in a juror&apos;s column and press Enter</source>
        <translation>Escreva uma pontuação (0 a 10, meios pontos permitidos) na coluna de um jurado e prima Enter</translation>
    </message>
    <message>
        <source>Ranking summary</source>
        <translation>Resumo da classificação</translation>
    </message>
    <message>
        <source>Winner&apos;s card</source>
        <translation>Cartão do vencedor</translation>
    </message>
    <message>
        <source>Allow a provisional winner</source>
        <translation>Permitir um vencedor provisório</translation>
    </message>
    <message>
        <source>Render the card before every juror has scored every entry</source>
        <translation>Gerar o cartão antes de todos os jurados pontuarem todas as participações</translation>
    </message>
    <message>
        <source>Render winner card</source>
        <translation>Gerar cartão do vencedor</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Open the folder of the winner&apos;s cards</source>
        <translation>Abrir a pasta dos cartões do vencedor</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>Cartão apresentado</translation>
    </message>
    <message>
        <source>Which of the rendered cards is shown</source>
        <translation>Qual dos cartões gerados é apresentado</translation>
    </message>
    <message>
        <source>Preview of the winner&apos;s card</source>
        <translation>Pré-visualização do cartão do vencedor</translation>
    </message>
    <message>
        <source>Open a project to run its student contest.</source>
        <translation>Abra um projeto para gerir o respetivo concurso escolar.</translation>
    </message>
    <message>
        <source>No entries in this category yet: add approved contributions as entries.</source>
        <translation>Ainda não há participações nesta categoria: adicione contribuições aprovadas como participações.</translation>
    </message>
    <message>
        <source>Add the jurors: each one gets a score column.</source>
        <translation>Adicione os jurados: cada um recebe uma coluna de pontuações.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Ainda sem pontuações.</translation>
    </message>
    <message>
        <source>Ranking final. Winner: entry %1 (%2), mean %3.</source>
        <translation>Classificação final. Vencedor: participação %1 (%2), média %3.</translation>
    </message>
    <message numerus="yes">
        <source>Provisional ranking: %n score(s) still missing.</source>
        <translation>
            <numerusform>Classificação provisória: ainda falta %n pontuação.</numerusform>
            <numerusform>Classificação provisória: ainda faltam %n pontuações.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leading: entry %1 (%2), mean %3.</source>
        <translation>Em primeiro lugar: participação %1 (%2), média %3.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Abra primeiro um projeto.</translation>
    </message>
    <message>
        <source>There is no winner yet: no entry has a score.</source>
        <translation>Ainda não há vencedor: nenhuma participação tem pontuação.</translation>
    </message>
    <message>
        <source>The ranking is not final: every juror must score every entry (or allow a provisional winner).</source>
        <translation>A classificação não é final: todos os jurados têm de pontuar todas as participações (ou permita um vencedor provisório).</translation>
    </message>
    <message>
        <source>The winner may not appear on a public card: %1</source>
        <translation>O vencedor não pode aparecer num cartão público: %1</translation>
    </message>
    <message>
        <source>Render the winner&apos;s card, square and story, in each language of the project</source>
        <translation>Gerar o cartão do vencedor, em quadrado e story, em cada língua do projeto</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Anular: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Anular (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Refazer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Refazer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>score of entry %1 by %2</source>
        <translation>pontuação da participação %1 dada por %2</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Adicionar jurado</translation>
    </message>
    <message>
        <source>Name of the juror:</source>
        <translation>Nome do jurado:</translation>
    </message>
    <message>
        <source>%1 joined the jury.</source>
        <translation>%1 passou a integrar o júri.</translation>
    </message>
    <message>
        <source>Rename juror</source>
        <translation>Mudar o nome do jurado</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Novo nome de %1:</translation>
    </message>
    <message>
        <source>Remove %1 and every score they gave?</source>
        <translation>Remover %1 e todas as pontuações que atribuiu?</translation>
    </message>
    <message>
        <source>%1 left the jury; their scores were removed.</source>
        <translation>%1 saiu do júri; as respetivas pontuações foram removidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added.</source>
        <translation>
            <numerusform>%n participação adicionada.</numerusform>
            <numerusform>%n participações adicionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to remove first.</source>
        <translation>Selecione primeiro a participação a remover.</translation>
    </message>
    <message>
        <source>Take entry %1 out of the contest, with its scores?</source>
        <translation>Retirar a participação %1 do concurso, com as respetivas pontuações?</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card</source>
        <translation>A gerar o cartão do vencedor</translation>
    </message>
    <message>
        <source>Rendering the winner&apos;s card…</source>
        <translation>A gerar o cartão do vencedor…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelado; nada escrito a meio foi guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n cartão escrito em %1</numerusform>
            <numerusform>%n cartões escritos em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name on the card: the winner is a minor or has no first name recorded)</source>
        <translation>(sem nome no cartão: o vencedor é menor de idade ou não tem nome próprio registado)</translation>
    </message>
    <message>
        <source>square</source>
        <translation>quadrado</translation>
    </message>
    <message>
        <source>story</source>
        <translation>story</translation>
    </message>
    <message>
        <source>No card yet. Once every juror has scored every entry, render the winner&apos;s card: it is shown here.</source>
        <translation>Ainda não há cartão. Quando cada jurado tiver avaliado cada participação, gere o cartão do vencedor: será mostrado aqui.</translation>
    </message>
    <message>
        <source>%1 is not a score: type a number from 0 to 10, in steps of 0.5.</source>
        <translation>%1 não é uma pontuação: escreva um número de 0 a 10, em intervalos de 0,5.</translation>
    </message>
    <message>
        <source>There is already a juror named %1.</source>
        <translation>Já existe um jurado chamado %1.</translation>
    </message>
    <message>
        <source>Contribution %1 cannot enter the contest: %2</source>
        <translation>A contribuição %1 não pode participar no concurso: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ranking is not final: %n score(s) still missing.</source>
        <translation>
            <numerusform>A classificação não é final: ainda falta %n pontuação.</numerusform>
            <numerusform>A classificação não é final: ainda faltam %n pontuações.</numerusform>
        </translation>
    </message>
    <message>
        <source>The winner (entry %1) may not appear on a public card: %2</source>
        <translation>O vencedor (participação %1) não pode aparecer num cartão público: %2</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>fotografia</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>clip</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociais</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>cartaz impresso</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>vídeo da cidade</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>partilha na rede</translation>
    </message>
    <message>
        <source>consent for every purpose</source>
        <translation>consentimento para todas as finalidades</translation>
    </message>
    <message>
        <source>consent for some purposes</source>
        <translation>consentimento para algumas finalidades</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>consentimento em falta</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importar &amp;ficheiros…</translation>
    </message>
    <message>
        <source>Import photos and clips (Ctrl+I); you can also drop files here</source>
        <translation>Importar fotografias e clips (Ctrl+I); também pode largar ficheiros aqui</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Importar uma &amp;pasta…</translation>
    </message>
    <message>
        <source>Import every photo and clip of a folder (Ctrl+Shift+I)</source>
        <translation>Importar todas as fotografias e clips de uma pasta (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Approve the selected contributions (A)</source>
        <translation>Aprovar as contribuições selecionadas (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeitar…</translation>
    </message>
    <message>
        <source>Reject the selected contributions with a reason (R)</source>
        <translation>Rejeitar as contribuições selecionadas indicando um motivo (R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the crops, message and alt text of the selected contribution (E or Enter)</source>
        <translation>Editar os recortes, a mensagem e o texto alternativo da contribuição selecionada (E ou Enter)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registar &amp;consentimento…</translation>
    </message>
    <message>
        <source>Record the consent a resident signed on paper for the selected contributions (C)</source>
        <translation>Registar o consentimento que uma pessoa assinou em papel para as contribuições selecionadas (C)</translation>
    </message>
    <message>
        <source>Consents from a CS&amp;V…</source>
        <translation>Consentimentos de um CS&amp;V…</translation>
    </message>
    <message>
        <source>Give a batch of contributions their consent from a CSV file, checked line by line</source>
        <translation>Atribuir consentimentos a um lote de contribuições a partir de um ficheiro CSV, verificado linha a linha</translation>
    </message>
    <message>
        <source>Render &amp;photos</source>
        <translation>&amp;Gerar fotografias</translation>
    </message>
    <message>
        <source>Frame every approved photo in every format, with alt text (Ctrl+R)</source>
        <translation>Emoldurar cada fotografia aprovada em todos os formatos, com texto alternativo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Preview of the framed photo</source>
        <translation>Pré-visualização da fotografia emoldurada</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Photos and clips</source>
        <translation>Fotografias e clips</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Qualquer consentimento</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>Consentimento em falta</translation>
    </message>
    <message>
        <source>Show contributions with status</source>
        <translation>Mostrar contribuições com o estado</translation>
    </message>
    <message>
        <source>Show contributions with this status</source>
        <translation>Mostrar contribuições com este estado</translation>
    </message>
    <message>
        <source>Show photos, clips or both</source>
        <translation>Mostrar fotografias, clips ou ambos</translation>
    </message>
    <message>
        <source>Show contributions in language</source>
        <translation>Mostrar contribuições na língua</translation>
    </message>
    <message>
        <source>Show contributions whose message is in this language</source>
        <translation>Mostrar contribuições cuja mensagem está nesta língua</translation>
    </message>
    <message>
        <source>Show contributions by consent</source>
        <translation>Mostrar contribuições por consentimento</translation>
    </message>
    <message>
        <source>Missing consent: no consent recorded (or withdrawn); such contributions are left out of every output</source>
        <translation>Consentimento em falta: nenhum consentimento registado (ou foi retirado); estas contribuições ficam fora de todas as saídas</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Todas as línguas</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>sem língua</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Nenhum projeto aberto.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribuição</numerusform>
            <numerusform>%n contribuições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendente</numerusform>
            <numerusform>%n pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n aprovada</numerusform>
            <numerusform>%n aprovadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeitada</numerusform>
            <numerusform>%n rejeitadas</numerusform>
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
            <numerusform>%n sem consentimento</numerusform>
            <numerusform>%n sem consentimento</numerusform>
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
        <translation>Nenhuma contribuição corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>No contributions yet. Drop photos and clips here, or use Import files (Ctrl+I).</source>
        <translation>Ainda não há contribuições. Largue aqui fotos e clipes, ou use Importar ficheiros (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selecionada</numerusform>
            <numerusform>%n selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>A approves them all, R rejects them all with one reason.</source>
        <translation>A aprova-as todas, R rejeita-as todas com um único motivo.</translation>
    </message>
    <message>
        <source>Select a contribution to see its details. A approves, R rejects, E or Enter edits; Shift or Ctrl selects several.</source>
        <translation>Selecione uma contribuição para ver os detalhes. A aprova, R rejeita, E ou Enter edita; Shift ou Ctrl seleciona várias.</translation>
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
        <translation>Língua</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Given on %1 (%2), text version %3, in %4</source>
        <translation>Dado em %1 (%2), versão do texto %3, em %4</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Tutor: %1</translation>
    </message>
    <message>
        <source>No consent is recorded for this contribution: it is left out of every output until one is. C records a consent signed on paper.</source>
        <translation>Não há nenhum consentimento registado para esta contribuição: fica fora de todas as saídas até haver um. C regista um consentimento assinado em papel.</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>A criar a pré-visualização</translation>
    </message>
    <message>
        <source>Rendering photos</source>
        <translation>A gerar fotografias</translation>
    </message>
    <message>
        <source>Import photos and clips</source>
        <translation>Importar fotografias e clips</translation>
    </message>
    <message>
        <source>Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Fotografias e clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and clips</source>
        <translation>Importar uma pasta de fotografias e clips</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>A importar</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ICC Studio — unexpected error</source>
        <translation>ICC Studio — erro inesperado</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your project is safe: everything saved before this moment is kept. The details are in the log file:
%2</source>
        <translation>Ocorreu um problema: %1

O seu projeto está seguro: tudo o que foi guardado antes deste momento é mantido. Os detalhes estão no ficheiro de registo:
%2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Feed square</source>
        <translation>Feed quadrado</translation>
    </message>
    <message>
        <source>Feed portrait</source>
        <translation>Feed vertical</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Fotografia de perfil</translation>
    </message>
    <message>
        <source>X header</source>
        <translation>Cabeçalho do X</translation>
    </message>
    <message>
        <source>Facebook cover</source>
        <translation>Capa do Facebook</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
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
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>Back to the contributions (Esc)</source>
        <translation>Voltar às contribuições (Esc)</translation>
    </message>
    <message>
        <source>Back to the contributions</source>
        <translation>Voltar às contribuições</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous contribution (Page Up)</source>
        <translation>Contribuição anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Next contribution (Page Down)</source>
        <translation>Contribuição seguinte (Page Down)</translation>
    </message>
    <message>
        <source>Reset to the proposal</source>
        <translation>Repor a proposta</translation>
    </message>
    <message>
        <source>Use the face-aware crop proposed for this format again (Ctrl+0)</source>
        <translation>Voltar a usar o recorte proposto para este formato, que tem em conta os rostos (Ctrl+0)</translation>
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
        <translation>Recorte para %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Crop for the %1</source>
        <translation>Recorte para %1</translation>
    </message>
    <message>
        <source>Photo with the crop of the chosen format</source>
        <translation>Fotografia com o recorte do formato escolhido</translation>
    </message>
    <message>
        <source>Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it (Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / next contribution.</source>
        <translation>Arraste o retângulo para o mover; arraste um canto para o redimensionar. As setas movem-no (Ctrl para passos pequenos), Shift+setas redimensionam-no. Page Up / Page Down: contribuição anterior / seguinte.</translation>
    </message>
    <message>
        <source>Choose a contribution on the Contributions page and press E to edit it.</source>
        <translation>Escolha uma contribuição na página Contribuições e prima E para a editar.</translation>
    </message>
    <message>
        <source>Preview of the output, drawn by the export renderer</source>
        <translation>Pré-visualização da saída, criada pelo motor de exportação</translation>
    </message>
    <message>
        <source>What the export will look like, drawn by the same renderer</source>
        <translation>O aspeto que a exportação terá, criado pelo mesmo motor</translation>
    </message>
    <message>
        <source>Show the platform&apos;s safe zones</source>
        <translation>Mostrar as zonas seguras da plataforma</translation>
    </message>
    <message>
        <source>Areas covered by the app&apos;s interface or cut off by its crops (Ctrl+G)</source>
        <translation>Áreas tapadas pela interface da aplicação ou cortadas pelos seus recortes (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>Message shown on the photo</source>
        <translation>Mensagem mostrada na fotografia</translation>
    </message>
    <message>
        <source>The resident&apos;s words, shown in the kit&apos;s sentence; saved when you pause or leave the field</source>
        <translation>As palavras da pessoa, mostradas na frase do kit; guardadas quando faz uma pausa ou sai do campo</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Comprimento da mensagem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Língua da mensagem</translation>
    </message>
    <message>
        <source>The language of the message: it chooses the kit&apos;s sentence and the direction of the text</source>
        <translation>A língua da mensagem: determina a frase do kit e o sentido do texto</translation>
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
        <translation>Uma descrição da imagem para quem usa um leitor de ecrã</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers. Left empty, the export uses the kit&apos;s description with the message.</source>
        <translation>Descreve a fotografia para leitores de ecrã. Se ficar vazio, a exportação usa a descrição do kit com a mensagem.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>A carregar a fotografia…</translation>
    </message>
    <message>
        <source>This is a clip: trim it on the Clips page. Its message and alt text can be edited here.</source>
        <translation>Isto é um clip: corte-o na página Clips. A mensagem e o texto alternativo podem ser editados aqui.</translation>
    </message>
    <message>
        <source>Loading the photo</source>
        <translation>A carregar a fotografia</translation>
    </message>
    <message>
        <source>Move the crop of the %1</source>
        <translation>Mover o recorte de %1</translation>
    </message>
    <message>
        <source>Reset the crop of the %1</source>
        <translation>Repor o recorte de %1</translation>
    </message>
    <message>
        <source>Crop set by hand</source>
        <translation>Recorte definido à mão</translation>
    </message>
    <message>
        <source>Proposed crop</source>
        <translation>Recorte proposto</translation>
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
            <numerusform>Excede em %n carácter: este kit permite no máximo %1. A mensagem só é guardada depois de encurtada.</numerusform>
            <numerusform>Excede em %n caracteres: este kit permite no máximo %1. A mensagem só é guardada depois de encurtada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Editar a mensagem</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Editar o texto alternativo</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Mudar a língua</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Anular: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Anular (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Refazer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Refazer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>Nenhuma contribuição aberta</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>A criar…</translation>
    </message>
    <message>
        <source>Drawing the preview</source>
        <translation>A criar a pré-visualização</translation>
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
        <translation>Adicionar participações</translation>
    </message>
    <message>
        <source>Choose approved photos and clips to enter in the contest (Ctrl or Shift for several). A photo enters the photo category, a clip the video one.</source>
        <translation>Escolha as fotografias e os clips aprovados a inscrever no concurso (Ctrl ou Shift para vários). Uma fotografia entra na categoria de fotografia; um clip, na de vídeo.</translation>
    </message>
    <message>
        <source>Approved contributions not entered yet</source>
        <translation>Contribuições aprovadas ainda não inscritas</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Every approved photo and clip is already entered.</source>
        <translation>Todas as fotografias e clips aprovados já estão inscritos.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erro inesperado: %1</translation>
    </message>
    <message>
        <source>There is no ICC Studio project in %1.</source>
        <translation>Não existe nenhum projeto do ICC Studio em %1.</translation>
    </message>
    <message>
        <source>%1 already holds files or a project; choose a new or empty folder.</source>
        <translation>%1 já contém ficheiros ou um projeto; escolha uma pasta nova ou vazia.</translation>
    </message>
    <message>
        <source>The project in %1 is damaged: %2</source>
        <translation>O projeto em %1 está danificado: %2</translation>
    </message>
    <message>
        <source>The project in %1 was made by a newer version of ICC Studio.</source>
        <translation>O projeto em %1 foi criado por uma versão mais recente do ICC Studio.</translation>
    </message>
    <message>
        <source>The kit file %1 is not valid: %2</source>
        <translation>O ficheiro de kit %1 não é válido: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 não foi importado: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Não é possível escrever %1: o disco está cheio. Liberte espaço e tente de novo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>Não é possível escrever %1: o disco ou a pasta é só de leitura.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you are not allowed to write in that folder.</source>
        <translation>Não é possível escrever %1: não tem permissão para escrever nessa pasta.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is too large for that disk.</source>
        <translation>Não é possível escrever %1: o ficheiro é demasiado grande para esse disco.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk reported an error (was it unplugged?).</source>
        <translation>Não é possível escrever %1: o disco comunicou um erro (foi desligado?).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível escrever %1: %2</translation>
    </message>
</context>
<context>
    <name>GuardianScreen</name>
    <message>
        <source>A parent or guardian must agree</source>
        <translation>É necessário o acordo de um progenitor ou tutor</translation>
    </message>
    <message>
        <source>Under %1, a parent or legal guardian gives consent with you. Please ask them to read this and fill it in.</source>
        <translation>Abaixo dos %1 anos, um progenitor ou tutor legal dá o consentimento consigo. Peça-lhe que leia e preencha esta página.</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>Nome do progenitor ou tutor</translation>
    </message>
    <message>
        <source>I am the parent or guardian and I agree</source>
        <translation>Sou o progenitor ou tutor e concordo</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Não, obrigado</translation>
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
        <translation>Relatório de importação</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n ficheiro importado</numerusform>
            <numerusform>%n ficheiros importados</numerusform>
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
            <numerusform>%n rejeitado</numerusform>
            <numerusform>%n rejeitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project (the same picture, whatever its name) and were not imported again: each row names the contribution it duplicates.</source>
        <translation>
            <numerusform>%n ficheiro já estava no projeto (a mesma imagem, seja qual for o nome) e não foi importado de novo: cada linha indica a contribuição que duplica.</numerusform>
            <numerusform>%n ficheiros já estavam no projeto (a mesma imagem, seja qual for o nome) e não foram importados de novo: cada linha indica a contribuição que duplicam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only duplicates and rejected files</source>
        <translation>Só duplicados e ficheiros rejeitados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
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
        <translation>Ficheiros da importação</translation>
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
        <translation>rejeitado</translation>
    </message>
    <message>
        <source>already contribution #%1</source>
        <translation>já é a contribuição n.º %1</translation>
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
        <translation>Parar esta tarefa; nada do que ficar a meio é guardado</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Cancelar a tarefa em curso</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Progresso da tarefa em curso</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Falta %n segundo</numerusform>
            <numerusform>Faltam %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Escolha a sua língua</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Língua da interface</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir a pasta de &amp;registos</translation>
    </message>
    <message>
        <source>&amp;About ICC Studio</source>
        <translation>A&amp;cerca do ICC Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir para %1</translation>
    </message>
    <message>
        <source>No project open — File › New project or File › Open project</source>
        <translation>Nenhum projeto aberto — Ficheiro › Novo projeto ou Ficheiro › Abrir projeto</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projeto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) of this project are missing from its folder.</source>
        <translation>
            <numerusform>Falta %n ficheiro multimédia deste projeto na respetiva pasta.</numerusform>
            <numerusform>Faltam %n ficheiros multimédia deste projeto na respetiva pasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a campaign project</source>
        <translation>Abrir um projeto de campanha</translation>
    </message>
    <message>
        <source>About ICC Studio</source>
        <translation>Acerca do ICC Studio</translation>
    </message>
    <message>
        <source>ICC Studio %1

Campaign material for the Intercultural Cities network, made offline, with consent.</source>
        <translation>ICC Studio %1

Material de campanha para a rede das Cidades interculturais, feito offline e com consentimento.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Cancel them and quit?</source>
        <translation>
            <numerusform>%n tarefa ainda em curso. Cancelá-la e sair?</numerusform>
            <numerusform>%n tarefas ainda em curso. Cancelá-las e sair?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Your first name or a nickname (optional)</source>
        <translation>O seu nome próprio ou uma alcunha (opcional)</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>Tirar outra vez a fotografia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
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
        <translation>Rede</translation>
    </message>
    <message>
        <source>Send a contribution package</source>
        <translation>Enviar um pacote de contribuições</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Exportar pacote…</translation>
    </message>
    <message>
        <source>Receive packages</source>
        <translation>Receber pacotes</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Importar pacotes…</translation>
    </message>
    <message>
        <source>Package and entries</source>
        <translation>Pacote e entradas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovadas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <source>Withdrawal and erasure</source>
        <translation>Retirada e apagamento</translation>
    </message>
    <message>
        <source>When a resident withdraws consent, erase them: their files, copies, renders and exports are deleted, posters and videos that showed them must be made again, and the next package tells the partner cities and the coordinator to erase them too.</source>
        <translation>Quando uma pessoa retira o consentimento, apague os seus dados: os ficheiros, cópias, versões geradas e exportações são eliminados; os cartazes e vídeos em que aparecia têm de ser refeitos; e o próximo pacote pede às cidades parceiras e à coordenação da rede que também os apaguem.</translation>
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
        <translation>consentimento retirado</translation>
    </message>
    <message>
        <source>Erase contributor…</source>
        <translation>Apagar participante…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservação</translation>
    </message>
    <message>
        <source>Delete the originals this many days after the campaign day:</source>
        <translation>Eliminar os originais este número de dias após o dia da campanha:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Guardar e aplicar</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>Relatório de privacidade</translation>
    </message>
    <message>
        <source>Show what this project stores about whom</source>
        <translation>Mostrar que dados este projeto guarda e sobre quem</translation>
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
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Audit log: approvals, packages, erasures, retention</source>
        <translation>Registo de auditoria: aprovações, pacotes, apagamentos, conservação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Open a project to exchange packages with the network.</source>
        <translation>Abra um projeto para trocar pacotes com a rede.</translation>
    </message>
    <message>
        <source>The package holds every city&apos;s approved contributions whose consent covers network re-share, and all withdrawal notices. Send it to the partner cities.</source>
        <translation>O pacote contém as contribuições aprovadas de todas as cidades cujo consentimento abrange a partilha na rede, e todos os avisos de retirada. Envie-o às cidades parceiras.</translation>
    </message>
    <message>
        <source>The package holds the approved contributions whose consent covers network re-share, without names or metadata, and the withdrawal notices. Send it to the network coordinator.</source>
        <translation>O pacote contém as contribuições aprovadas cujo consentimento abrange a partilha na rede, sem nomes nem metadados, e os avisos de retirada. Envie-o à coordenação da rede.</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Rede — %1</translation>
    </message>
    <message>
        <source>This is the network coordinator&apos;s project: it gathers the packages of the cities and sends the network&apos;s selection back.</source>
        <translation>Este é o projeto da coordenação da rede: reúne os pacotes das cidades e devolve-lhes a seleção da rede.</translation>
    </message>
    <message>
        <source>This is a city project: it sends its package to the network coordinator and receives the network&apos;s selection.</source>
        <translation>Este é um projeto de cidade: envia o seu pacote à coordenação da rede e recebe a seleção da rede.</translation>
    </message>
    <message>
        <source>Package from %1: revision %2, imported %3</source>
        <translation>Pacote de %1: revisão %2, importado em %3</translation>
    </message>
    <message>
        <source>No package imported yet.</source>
        <translation>Ainda não foi importado nenhum pacote.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n contribution(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n contribuição)</numerusform>
            <numerusform>#%1 %2 (%n contribuições)</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals are deleted after %1.</source>
        <translation>Os originais são eliminados após %1.</translation>
    </message>
    <message>
        <source>Originals are kept until a contributor is erased.</source>
        <translation>Os originais são conservados até um participante ser apagado.</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>Contribution packages (*.zip)</source>
        <translation>Pacotes de contribuições (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>A exportar o pacote</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 written to %2: %n contribution(s)</source>
        <translation>
            <numerusform>Revisão %1 escrita em %2: %n contribuição</numerusform>
            <numerusform>Revisão %1 escrita em %2: %n contribuições</numerusform>
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
            <numerusform>%n contribuição excluída (não aprovada ou sem consentimento para partilha na rede)</numerusform>
            <numerusform>%n contribuições excluídas (não aprovadas ou sem consentimento para partilha na rede)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importar pacotes</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>A importar pacotes</translation>
    </message>
    <message>
        <source>(the archive)</source>
        <translation>(o arquivo)</translation>
    </message>
    <message>
        <source>checked, %1 bytes</source>
        <translation>verificado, %1 bytes</translation>
    </message>
    <message>
        <source>%1, revision %2: already imported, nothing changed</source>
        <translation>%1, revisão %2: já importado, nada mudou</translation>
    </message>
    <message>
        <source>%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn</source>
        <translation>%1, revisão %2: %3 adicionadas, %4 atualizadas, %5 removidas, %6 retiradas</translation>
    </message>
    <message>
        <source>Refused: older than the package already imported from this city.</source>
        <translation>Recusado: é mais antigo do que o pacote já importado desta cidade.</translation>
    </message>
    <message>
        <source>Refused: entry %1: %2</source>
        <translation>Recusado: entrada %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>unsafe name (%1)</source>
        <translation>nome inseguro (%1)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>uma ligação simbólica</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um ficheiro normal</translation>
    </message>
    <message>
        <source>an encrypted entry</source>
        <translation>uma entrada encriptada</translation>
    </message>
    <message>
        <source>an unsupported compression method</source>
        <translation>um método de compressão não suportado</translation>
    </message>
    <message>
        <source>name collides with another entry (%1)</source>
        <translation>o nome coincide com o de outra entrada (%1)</translation>
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
        <translation>taxa de compressão suspeita (possível bomba zip)</translation>
    </message>
    <message>
        <source>the manifest is not valid (%1)</source>
        <translation>o manifesto não é válido (%1)</translation>
    </message>
    <message>
        <source>made by a newer ICC Studio</source>
        <translation>criado por uma versão mais recente do ICC Studio</translation>
    </message>
    <message>
        <source>wrong checksum (%1)</source>
        <translation>soma de verificação errada (%1)</translation>
    </message>
    <message>
        <source>a file the manifest does not declare</source>
        <translation>um ficheiro que o manifesto não declara</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>em falta (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>arquivo danificado (%1)</translation>
    </message>
    <message>
        <source>overlapping entries (%1)</source>
        <translation>entradas sobrepostas (%1)</translation>
    </message>
    <message>
        <source>this is this project&apos;s own package</source>
        <translation>é o pacote deste mesmo projeto</translation>
    </message>
    <message>
        <source>made for another campaign (%1)</source>
        <translation>criado para outra campanha (%1)</translation>
    </message>
    <message>
        <source>same revision with other content</source>
        <translation>mesma revisão com outro conteúdo</translation>
    </message>
    <message>
        <source>Erase contributor</source>
        <translation>Apagar participante</translation>
    </message>
    <message>
        <source>Erase %1 for good?

Their photos and clips, every copy, render and export of them are deleted; this cannot be undone. Posters and videos that showed them must be made again.</source>
        <translation>Apagar %1 definitivamente?

As fotografias e os clips desta pessoa, e todas as cópias, versões geradas e exportações, são eliminados; esta ação não pode ser anulada. Os cartazes e vídeos em que aparecia têm de ser refeitos.</translation>
    </message>
    <message>
        <source>Erasing a contributor</source>
        <translation>A apagar um participante</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n file(s) deleted</source>
        <translation>
            <numerusform>Apagado: %n ficheiro eliminado</numerusform>
            <numerusform>Apagado: %n ficheiros eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to render again</source>
        <translation>
            <numerusform>%n saída a gerar de novo</numerusform>
            <numerusform>%n saídas a gerar de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next package carries %n withdrawal notice(s) for them.</source>
        <translation>
            <numerusform>O próximo pacote leva %n aviso de retirada para esta pessoa.</numerusform>
            <numerusform>O próximo pacote leva %n avisos de retirada para esta pessoa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention setting</source>
        <translation>A aplicar a definição de conservação</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) deleted now.</source>
        <translation>
            <numerusform>%n original eliminado agora.</numerusform>
            <numerusform>%n originais eliminados agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the privacy report</source>
        <translation>A criar o relatório de privacidade</translation>
    </message>
    <message>
        <source>minor, guardian %1</source>
        <translation>menor, tutor %1</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>de um pacote</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>retirado em %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>em vigor</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Consentimento de %1</translation>
    </message>
    <message>
        <source> — signed form kept</source>
        <translation> — formulário assinado guardado</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contribuição n.º %1</translation>
    </message>
    <message>
        <source>%1 stored files, %2 renders</source>
        <translation>%1 ficheiros guardados, %2 versões geradas</translation>
    </message>
    <message>
        <source>originals deleted after %1</source>
        <translation>originais eliminados após %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Withdrawal notices</source>
        <translation>Avisos de retirada</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociais</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>cartaz impresso</translation>
    </message>
    <message>
        <source>city video</source>
        <translation>vídeo da cidade</translation>
    </message>
    <message>
        <source>network re-share</source>
        <translation>partilha na rede</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Guardar o relatório de privacidade</translation>
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
        <translation>Novo projeto de campanha</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Pasta do projeto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>For example: Lisbon</source>
        <translation>Por exemplo: Lisboa</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nome da cidade</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Cidade:</translation>
    </message>
    <message>
        <source>Campaign kit</source>
        <translation>Kit da campanha</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>Campaign languages</source>
        <translation>Línguas da campanha</translation>
    </message>
    <message>
        <source>The languages of the city&apos;s campaign; captions and posters use them</source>
        <translation>As línguas da campanha da cidade; são usadas nas legendas e nos cartazes</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Línguas:</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Ano da campanha</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;no:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Choose an empty folder for the project</source>
        <translation>Escolha uma pasta vazia para o projeto</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Escolha uma pasta para o projeto.</translation>
    </message>
    <message>
        <source>Enter the city&apos;s name.</source>
        <translation>Introduza o nome da cidade.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Escolha pelo menos uma língua.</translation>
    </message>
</context>
<context>
    <name>NoCameraScreen</name>
    <message>
        <source>The camera is not available at the moment</source>
        <translation>A câmara não está disponível neste momento</translation>
    </message>
    <message>
        <source>Please tell a member of staff. The kiosk goes on by itself as soon as the camera is back.</source>
        <translation>Avise um membro da equipa. O quiosque continua sozinho logo que a câmara volte a funcionar.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipa</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progresso de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Parar esta tarefa; nada do que ficar a meio é guardado</translation>
    </message>
    <message>
        <source>Waiting for the previous render</source>
        <translation>À espera da geração anterior</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Show the rendered files in the file manager</source>
        <translation>Mostrar os ficheiros gerados no gestor de ficheiros</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-finished was kept</source>
        <translation>Cancelado; nada do que ficou a meio foi guardado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%n second(s) left</source>
        <translation>Segundos restantes: %n</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <source>Choose what to render. Only approved contributions whose contributor consented to that use are included; the others are listed with the reason.</source>
        <translation>Escolha o que gerar. Só são incluídas as contribuições aprovadas cujo participante consentiu essa utilização; as restantes são listadas com o motivo.</translation>
    </message>
    <message>
        <source>What to render</source>
        <translation>O que gerar</translation>
    </message>
    <message>
        <source>Framed photos</source>
        <translation>Fotografias emolduradas</translation>
    </message>
    <message>
        <source>Every approved photo in the kit&apos;s frame: feed square and portrait, story, profile picture, X header</source>
        <translation>Cada fotografia aprovada na moldura do kit: feed quadrado e vertical, story, fotografia de perfil, cabeçalho do X</translation>
    </message>
    <message>
        <source>Every approved photo in five formats, with alt text; unchanged photos are not rendered again.</source>
        <translation>Cada fotografia aprovada em cinco formatos, com texto alternativo; as fotografias inalteradas não são geradas de novo.</translation>
    </message>
    <message>
        <source>Per-city video</source>
        <translation>Vídeo da cidade</translation>
    </message>
    <message>
        <source>Intro card, the photos with gentle motion and their captions, the clips, outro card; with subtitles and a poster frame</source>
        <translation>Cartão de abertura, as fotografias com movimento suave e os seus textos, os clips, cartão de fecho; com legendas e imagem de capa</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versões:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Target length:</source>
        <translation>Duração pretendida:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The time each photo is shown adapts so that the video lasts this long</source>
        <translation>O tempo de cada fotografia ajusta-se para que o vídeo tenha esta duração</translation>
    </message>
    <message>
        <source>Music:</source>
        <translation>Música:</translation>
    </message>
    <message>
        <source>No music (optional)</source>
        <translation>Sem música (opcional)</translation>
    </message>
    <message>
        <source>Music file</source>
        <translation>Ficheiro de música</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>A music track: faded in and out, lowered while residents speak</source>
        <translation>Uma faixa de música: com entrada e saída graduais, mais baixa quando as pessoas falam</translation>
    </message>
    <message>
        <source>Burn the clips&apos; subtitles into the picture</source>
        <translation>Incrustar as legendas dos clips na imagem</translation>
    </message>
    <message>
        <source>Each approved clip in the delivery format (9:16), with its caption and loudness evened out</source>
        <translation>Cada clipe aprovado no formato de entrega (9:16), com a legenda e o volume uniformizado</translation>
    </message>
    <message>
        <source>The A2 poster (print PDF and PNG) and its social version; more choices on the Collage poster page</source>
        <translation>O cartaz A2 (PDF de impressão e PNG) e a versão para redes sociais; mais opções na página Cartaz colagem</translation>
    </message>
    <message>
        <source>One post per day before the day, in each language, square and story</source>
        <translation>Uma publicação por dia antes do dia, em cada língua, quadrada e em story</translation>
    </message>
    <message>
        <source>X header and Facebook cover with the city&apos;s name</source>
        <translation>Cabeçalho do X e capa do Facebook com o nome da cidade</translation>
    </message>
    <message>
        <source>A6 postcards, front and back, and sheets of four on A4</source>
        <translation>Postais A6, frente e verso, e folhas de quatro em A4</translation>
    </message>
    <message>
        <source>An A3 poster and a square post per speaker saved on the Quote posters page</source>
        <translation>Um cartaz A3 e uma publicação quadrada por cada pessoa guardada na página Cartazes de citação</translation>
    </message>
    <message>
        <source>The photo contest winner&apos;s card, square and story, in each language (once every juror has scored every entry)</source>
        <translation>O cartão do vencedor do concurso de fotografia, quadrado e em formato story, em cada língua (quando cada jurado tiver avaliado cada participação)</translation>
    </message>
    <message>
        <source>Twelve months with one contribution each, A4 and A3</source>
        <translation>Doze meses com uma contribuição cada, A4 e A3</translation>
    </message>
    <message>
        <source>The campaign&apos;s website: a folder to put on any web host or open from a USB stick (render it last)</source>
        <translation>O site da campanha: uma pasta para qualquer alojamento web ou para abrir a partir de uma pen USB (gerar por último)</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <source>Render the chosen outputs in the background</source>
        <translation>Gerar as saídas escolhidas em segundo plano</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Render jobs</source>
        <translation>Tarefas de geração</translation>
    </message>
    <message>
        <source>Open a project to render its outputs.</source>
        <translation>Abra um projeto para gerar as respetivas saídas.</translation>
    </message>
    <message>
        <source>Choose a music track</source>
        <translation>Escolher uma faixa de música</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</source>
        <translation>Ficheiros de áudio (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <source>Per-city video (%1)</source>
        <translation>Vídeo da cidade (%1)</translation>
    </message>
    <message>
        <source>Resident clips</source>
        <translation>Clipes dos residentes</translation>
    </message>
    <message>
        <source>Collage poster</source>
        <translation>Cartaz colagem</translation>
    </message>
    <message>
        <source>Countdown posts</source>
        <translation>Publicações da contagem decrescente</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Faixas</translation>
    </message>
    <message>
        <source>Postcards</source>
        <translation>Postais</translation>
    </message>
    <message>
        <source>Quote posters</source>
        <translation>Cartazes de citação</translation>
    </message>
    <message>
        <source>Contest winner&apos;s card</source>
        <translation>Cartão do vencedor do concurso</translation>
    </message>
    <message>
        <source>Diversity calendar</source>
        <translation>Calendário da diversidade</translation>
    </message>
    <message>
        <source>Campaign gallery (website)</source>
        <translation>Galeria da campanha (site)</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) rendered</source>
        <translation>
            <numerusform>%n saída gerada</numerusform>
            <numerusform>%n saídas geradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inalterada</numerusform>
            <numerusform>%n inalteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versão</numerusform>
            <numerusform>%n versões</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, %2 s per photo</source>
        <translation>%1 s, %2 s por fotografia</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contribuição excluída</numerusform>
            <numerusform>%n contribuições excluídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>#%1 left out: %2</source>
        <translation>#%1 excluída: %2</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Só para a equipa: introduza o PIN para sair do quiosque</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Demasiados PIN errados. Tente novamente dentro de %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errado.</translation>
    </message>
</context>
<context>
    <name>PortraitChooser</name>
    <message>
        <source>Choose a portrait</source>
        <translation>Escolher um retrato</translation>
    </message>
    <message>
        <source>Approved photos. A portrait appears only in the outputs its consent covers: the A3 poster needs print, the square social media.</source>
        <translation>Fotografias aprovadas. Um retrato só aparece nos formatos abrangidos pelo respetivo consentimento: o cartaz A3 exige impressão; o quadrado, redes sociais.</translation>
    </message>
    <message>
        <source>Approved photos</source>
        <translation>Fotografias aprovadas</translation>
    </message>
    <message>
        <source>square only</source>
        <translation>só quadrado</translation>
    </message>
    <message>
        <source>A3 poster only</source>
        <translation>só cartaz A3</translation>
    </message>
    <message>
        <source>print poster</source>
        <translation>cartaz impresso</translation>
    </message>
    <message>
        <source>no print consent</source>
        <translation>sem consentimento para impressão</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociais</translation>
    </message>
    <message>
        <source>no social-media consent</source>
        <translation>sem consentimento para redes sociais</translation>
    </message>
    <message>
        <source>No approved photo has consent for print or social media yet.</source>
        <translation>Ainda nenhuma fotografia aprovada tem consentimento para impressão ou redes sociais.</translation>
    </message>
    <message>
        <source>Loading thumbnails</source>
        <translation>A carregar miniaturas</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Look at the camera and smile!</source>
        <translation>Olhe para a câmara e sorria!</translation>
    </message>
    <message>
        <source>You appear as in a mirror. The photo itself will not be mirrored.</source>
        <translation>Vê-se como num espelho. A fotografia em si não ficará invertida.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Tirar a fotografia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quote posters</source>
        <translation>Cartazes de citação</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Every speaker gets the same poster and the same maximum quote length</source>
        <translation>Todos os oradores têm o mesmo cartaz e o mesmo comprimento máximo de citação</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Adicionar um orador</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Remover o orador selecionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected speaker up (the posters are numbered in this order)</source>
        <translation>Subir o orador selecionado (os cartazes são numerados por esta ordem)</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Subir orador</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Descer o orador selecionado</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Descer orador</translation>
    </message>
    <message>
        <source>&amp;Render quote posters</source>
        <translation>&amp;Gerar cartazes de citação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop rendering; nothing half-written is kept</source>
        <translation>Parar a geração; nada escrito a meio é guardado</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>Progresso da geração</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Open the folder of the rendered quote posters</source>
        <translation>Abrir a pasta dos cartazes de citação gerados</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>Retrato:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citação:</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Nome do orador</translation>
    </message>
    <message>
        <source>For example: Claire Dubois</source>
        <translation>Por exemplo: Claire Dubois</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Função do orador</translation>
    </message>
    <message>
        <source>For example: Mayor of the city</source>
        <translation>Por exemplo: Presidente da Câmara</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Língua da citação</translation>
    </message>
    <message>
        <source>The quotation marks and the writing direction follow the language</source>
        <translation>As aspas e o sentido da escrita seguem a língua</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>Contribuição…</translation>
    </message>
    <message>
        <source>Take the portrait from an approved photo of the project</source>
        <translation>Usar como retrato uma fotografia aprovada do projeto</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Ficheiro…</translation>
    </message>
    <message>
        <source>An official portrait: the image is copied into the project</source>
        <translation>Um retrato oficial: a imagem é copiada para o projeto</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>Sem retrato</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>At most %1 characters, the same for every speaker</source>
        <translation>No máximo %1 caracteres, o mesmo para todos os oradores</translation>
    </message>
    <message>
        <source>Quote length</source>
        <translation>Comprimento da citação</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>&amp;Quadrado</translation>
    </message>
    <message>
        <source>The 1080×1080 square for social media</source>
        <translation>O quadrado de 1080×1080 para as redes sociais</translation>
    </message>
    <message>
        <source>A&amp;3 poster</source>
        <translation>Cartaz A&amp;3</translation>
    </message>
    <message>
        <source>The A3 print poster, with its bleed and crop marks</source>
        <translation>O cartaz A3 para impressão, com sangria e marcas de corte</translation>
    </message>
    <message>
        <source>Preview of the quote poster</source>
        <translation>Pré-visualização do cartaz de citação</translation>
    </message>
    <message>
        <source>Open a project to make its quote posters.</source>
        <translation>Abra um projeto para criar os respetivos cartazes de citação.</translation>
    </message>
    <message>
        <source>(new speaker)</source>
        <translation>(novo orador)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n carácter a mais</numerusform>
            <numerusform>%n caracteres a mais</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a speaker to make quote posters.</source>
        <translation>Adicione um orador para criar cartazes de citação.</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>orador %1</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %1 is %n character(s) over the limit of %2 that every speaker has.</source>
        <translation>
            <numerusform>%1: a citação excede em %n carácter o limite de %2, comum a todos os oradores.</numerusform>
            <numerusform>%1: a citação excede em %n caracteres o limite de %2, comum a todos os oradores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 has no name.</source>
        <translation>O orador %1 não tem nome.</translation>
    </message>
    <message>
        <source>%1 has no quote yet.</source>
        <translation>%1 ainda não tem citação.</translation>
    </message>
    <message>
        <source>A3 print poster and 1080×1080 square for every speaker</source>
        <translation>Cartaz A3 para impressão e quadrado de 1080×1080 para cada orador</translation>
    </message>
    <message>
        <source>Choose a portrait</source>
        <translation>Escolher um retrato</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imagens (%1)</translation>
    </message>
    <message>
        <source>Copying the portrait</source>
        <translation>A copiar o retrato</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>A copiar %1…</translation>
    </message>
    <message>
        <source>Contribution #%1</source>
        <translation>Contribuição n.º %1</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in the project</source>
        <translation>A contribuição n.º %1 já não está no projeto</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Ficheiro de imagem</translation>
    </message>
    <message>
        <source>Drawing the quote poster preview</source>
        <translation>A criar a pré-visualização do cartaz de citação</translation>
    </message>
    <message>
        <source>The A3 poster</source>
        <translation>O cartaz A3</translation>
    </message>
    <message>
        <source>The square</source>
        <translation>O quadrado</translation>
    </message>
    <message>
        <source>%1 will not be made: the portrait&apos;s %2.</source>
        <translation>%1 não será gerado por causa do retrato: %2.</translation>
    </message>
    <message>
        <source>Rendering the quote posters</source>
        <translation>A gerar os cartazes de citação</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>A gerar…</translation>
    </message>
    <message>
        <source>Cancelled; nothing half-written was kept.</source>
        <translation>Cancelado; nada escrito a meio foi guardado.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>A gerar %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n ficheiro escrito em %1</numerusform>
            <numerusform>%n ficheiros escritos em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Portraits left out: %1</source>
        <translation>Retratos excluídos: %1</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not a portrait of a resident</source>
        <translation>Não é o retrato de um residente</translation>
    </message>
    <message>
        <source>Blurred, too dark or too small</source>
        <translation>Desfocada, demasiado escura ou demasiado pequena</translation>
    </message>
    <message>
        <source>Inappropriate content</source>
        <translation>Conteúdo inadequado</translation>
    </message>
    <message>
        <source>Other people in the photo have not consented</source>
        <translation>Outras pessoas na fotografia não deram consentimento</translation>
    </message>
    <message>
        <source>Same photo as another contribution</source>
        <translation>A mesma fotografia que outra contribuição</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n contribution(s) rejected?</source>
        <translation>
            <numerusform>Porque é rejeitada %n contribuição?</numerusform>
            <numerusform>Porque são rejeitadas estas %n contribuições?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a reason or pick one given before</source>
        <translation>Escreva um motivo ou escolha um já usado</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Motivo da rejeição</translation>
    </message>
    <message>
        <source>Kept with each contribution and in the audit log</source>
        <translation>Guardado com cada contribuição e no registo de auditoria</translation>
    </message>
    <message>
        <source>The reason is kept with each contribution and in the project&apos;s audit log.</source>
        <translation>O motivo é guardado com cada contribuição e no registo de auditoria do projeto.</translation>
    </message>
</context>
<context>
    <name>RenderReportDialog</name>
    <message>
        <source>Rendered photos</source>
        <translation>Fotografias geradas</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n ficheiro gerado</numerusform>
            <numerusform>%n ficheiros gerados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inalterado</numerusform>
            <numerusform>%n inalterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) left out</source>
        <translation>
            <numerusform>%n contribuição excluída</numerusform>
            <numerusform>%n contribuições excluídas</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>excluída</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
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
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like this photo?</source>
        <translation>Gosta desta fotografia?</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Tirar outra</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Ficar com esta fotografia</translation>
    </message>
</context>
<context>
    <name>SafeZones</name>
    <message>
        <source>Top bar of the app</source>
        <translation>Barra superior da app</translation>
    </message>
    <message>
        <source>Reply bar</source>
        <translation>Barra de resposta</translation>
    </message>
    <message>
        <source>Circular crop</source>
        <translation>Recorte circular</translation>
    </message>
    <message>
        <source>Mobile crop</source>
        <translation>Recorte em telemóvel</translation>
    </message>
    <message>
        <source>Desktop crop</source>
        <translation>Recorte em computador</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Fotografia de perfil</translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation>Área segura</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <source>Saving your portrait…</source>
        <translation>A guardar o seu retrato…</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score of %1</source>
        <translation>Pontuação de %1</translation>
    </message>
    <message>
        <source>0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score</source>
        <translation>0 a 10, em intervalos de 0,5 (7.5 ou 7,5); vazio: sem pontuação</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>Comentário para o júri</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Note (school, class)</source>
        <translation>Comentário (escola, turma)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; delete it to leave the entry unscored.</source>
        <translation>Pontuações de %1: 0 a 10, em intervalos de 0,5. Escreva uma pontuação e prima Enter; apague-a para deixar a participação sem pontuação.</translation>
    </message>
    <message>
        <source>For the jury only: never printed on a card.</source>
        <translation>Só para o júri: nunca é impresso num cartão.</translation>
    </message>
    <message>
        <source>The mean of the jurors&apos; scores.</source>
        <translation>A média das pontuações dos jurados.</translation>
    </message>
    <message>
        <source>Equal means: more scores first, then the higher median, then the entry submitted first.</source>
        <translation>Médias iguais: primeiro a que tem mais pontuações, depois a de mediana mais alta, depois a participação submetida primeiro.</translation>
    </message>
    <message>
        <source>No score from %1 yet</source>
        <translation>Ainda sem pontuação de %1</translation>
    </message>
    <message>
        <source>%1 gave %2</source>
        <translation>%1 atribuiu %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sem pontuação</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Participação %1, %2: %3</translation>
    </message>
    <message>
        <source>Entry %1 by %2</source>
        <translation>Participação %1 de %2</translation>
    </message>
    <message>
        <source>Left out: not approved any more</source>
        <translation>Excluída: já não está aprovada</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n score(s) missing</source>
        <translation>
            <numerusform>Incompleta: falta %n pontuação</numerusform>
            <numerusform>Incompleta: faltam %n pontuações</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie settled by more scores</source>
        <translation>Empate desfeito pelo número de pontuações</translation>
    </message>
    <message>
        <source>Tie settled by the median</source>
        <translation>Empate desfeito pela mediana</translation>
    </message>
    <message>
        <source>Tie settled by the earlier entry</source>
        <translation>Empate desfeito pela participação mais antiga</translation>
    </message>
    <message>
        <source>Not on a public card: %1</source>
        <translation>Fora dos cartões públicos: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Língua da interface:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Seguir o sistema (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Língua da interface</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages; it changes at once. The campaign&apos;s own languages are set per project.</source>
        <translation>A língua dos menus, páginas e mensagens; muda de imediato. As línguas da própria campanha definem-se em cada projeto.</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Pasta de &amp;exportação predefinida:</translation>
    </message>
    <message>
        <source>Each project&apos;s own exports folder</source>
        <translation>A pasta de exportações de cada projeto</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Pasta de exportação predefinida</translation>
    </message>
    <message>
        <source>Where rendered outputs are written, in a folder per city. Leave empty to keep them in each project&apos;s exports folder.</source>
        <translation>Onde são escritos os ficheiros gerados, numa pasta por cidade. Deixe vazio para os manter na pasta de exportações de cada projeto.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Escolher a pasta de exportação predefinida</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Escolher a pasta numa caixa de diálogo de ficheiros</translation>
    </message>
    <message>
        <source>Photos, posters, banners and the website go to &lt;folder&gt;/&lt;city&gt;/…; the city video and the resident clips stay in the project. Files exported outside the project folder are not deleted when a resident withdraws consent: delete them by hand.</source>
        <translation>As fotografias, os cartazes, os banners e o sítio web vão para &lt;pasta&gt;/&lt;cidade&gt;/…; o vídeo da cidade e os clips dos residentes ficam no projeto. Os ficheiros exportados para fora da pasta do projeto não são eliminados quando um residente retira o consentimento: elimine-os manualmente.</translation>
    </message>
    <message>
        <source>&amp;Worker processes:</source>
        <translation>Processos de &amp;trabalho:</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>Número de processos de trabalho</translation>
    </message>
    <message>
        <source>How many processes decode and render photos at the same time. More is faster on a computer with many cores; fewer leaves the computer free for other work. Default: one per core (%1). Applies to the next import or render.</source>
        <translation>Quantos processos descodificam e geram fotografias em simultâneo. Mais processos tornam o trabalho mais rápido num computador com muitos núcleos; menos deixam o computador livre para outras tarefas. Predefinição: um por núcleo (%1). Aplica-se à próxima importação ou geração.</translation>
    </message>
    <message>
        <source>Put every setting back to its default value (saved with OK)</source>
        <translation>Repor todas as definições nos valores predefinidos (guardadas com OK)</translation>
    </message>
    <message>
        <source>Save and apply the settings</source>
        <translation>Guardar e aplicar as definições</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fechar sem alterar nada</translation>
    </message>
    <message>
        <source>“%1” is not a full path: choose the folder with Browse….</source>
        <translation>“%1” não é um caminho completo: escolha a pasta com Procurar….</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 é um ficheiro, não uma pasta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Não é possível criar a pasta %1: %2</translation>
    </message>
    <message>
        <source>ICC Studio cannot write in %1: %2</source>
        <translation>O ICC Studio não consegue escrever em %1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2</source>
        <translation>Não foi possível guardar as definições em %1: %2</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>The city&apos;s team will look at your portrait before it is published. To withdraw your consent later, ask at this desk.</source>
        <translation>A equipa da cidade vai ver o seu retrato antes de ser publicado. Para retirar o seu consentimento mais tarde, dirija-se a este balcão.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
</TS>
