"""Portuguese."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    answer_buttons=("Sim Não",),
    tool_buttons=(
        "fechar",
        "imprimir",
        "voltar ao topo",
        "outros",  # a share bar's toggle over the networks it hides (see es: El País Brasil's)
    ),
    rank=6,
    none="site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes articles outlet_nouns place_prepositions image_credit_labels image_caption_labels story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes ad_break_markers dispatch_words",
    home_labels=(
        "Início",
        "Página inicial",
    ),
    share_count_words=("compartilhamentos", "partilhas"),
    link_label_words=("leia", "veja", "mais"),
    follow_calls=("siga", "sigam", "acompanhe", "inscreva-se", "assine"),
    navigation_phrases=("clique aqui",),
    comments_headings=("comentários", "comentar"),
    news_words=("Notícias",),
    byline_prefixes=("Por",),
    role_words=("correspondente", "enviado", "enviada", "especial", "redação", "jornalista"),
    and_words=("e",),
    # "crédito", the Portuguese of the credit label "Credit" (CNET's "(Credit: ...)"): Correio
    # Braziliense prints "(crédito: Name/CB/D.A.Press)" under each photo
    caption_labels=("Foto", "Imagem", "Crédito", "Créditos", "Crédito da foto"),
    caption_text_labels=("Legenda",),
    photo_cues=("foto",),
    credit_archive_words=("Arquivo",),
    contact_links=("Fale com o autor", "Enviar e-mail ao autor", "Contatar o autor"),
    sponsor_labels=(
        "Em parceria com",
        "Com o apoio de",
        "Patrocinado por",
        "Apresentado por",
        "Oferecido por",
    ),
    published_labels=("Publicado", "Publicado em", "Postado em"),
    updated_labels=("Atualizado", "Atualizado em"),
    affiliation_words=("do", "da"),
    furniture=(
        # a press release's release note (see en)
        "para divulgação imediata",
        # a reprint's permission credit (see en)
        "reproduzido com autorização",
        "publicado com autorização",
        "avalie esta notícia",
        # a multi-page story's next and previous page (as in English)
        "próxima página",
        "página anterior",
        "escreva para",
        "publicidade",
        "leia também",
        "leia mais",
        "compartilhar",
        "todos os direitos reservados",
    ),
    # Correio Braziliense's heading over its related stories ("Saiba mais", the Portuguese of
    # "More information", as El País' "Más información")
    list_labels=("Saiba mais",),
    months={
        "janeiro": 1,
        "fevereiro": 2,
        "março": 3,
        "abril": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "dezembro": 12,
        "fev": 2,
        "mai": 5,
        "set": 9,
        "out": 10,
        "dez": 12,
    },
    weekdays=(
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
    script="latin",
    letters="áâãàçéêíóôõú",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "o a de que e do da em um para é com não uma os no se na por mais as dos como mas "
        "foi ao ele das".split()
    ),
    signature_labels=("Autor",),
    name_particles=("da", "de", "dos", "das"),
    date_label_particles=("em",),
    date_joiners=("de",),
    header_labels={
        "title": ("Título", "Manchete"),
        "subtitle": ("Subtítulo", "Linha fina", "Resumo"),
        "date": ("Data", "Publicado", "Publicado em", "Data de publicação"),
        "updated": ("Atualizado", "Atualizado em", "Modificado"),
        "authors": ("Autor", "Autora", "Autores", "Por"),
        "tags": ("Etiquetas", "Palavras-chave", "Tags"),
        "url": ("URL", "Link", "Endereço"),
        "publication": ("Fonte", "Publicação", "Jornal", "Veículo"),
    },
    # the credit line closing a story taken partly from a wire or another paper ("Com
    # informações da Agência Brasil", "Com informações do Estadão Conteúdo": Brazilian sites)
    contributor_phrases=("com informações de", "com informações da", "com informações do"),
)
