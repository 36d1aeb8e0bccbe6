"""Spanish."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    answer_buttons=("Sí No", "Si No"),
    tool_buttons=(
        "cerrar",  # a panel's close button (see en)
        "imprimir",
        "volver arriba",
        # a share bar's toggle over the networks it hides (El País' "Otros" between "Compartir
        # en Twitter" and "Cerrar"; the LA Times' "Show more sharing options" in English)
        "otros",
    ),
    rank=5,
    none="site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions image_credit_labels image_caption_labels story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes ad_break_markers dispatch_words",
    home_labels=(
        "Inicio",
        "Portada",
    ),
    share_count_words=("compartidos", "veces compartido"),
    link_label_words=("lea", "lee", "vea", "más"),
    follow_calls=("síguenos", "sigue a", "siga a", "suscríbete", "únete"),
    navigation_phrases=("haga clic aquí", "haz clic aquí", "pulse aquí"),
    comments_headings=("comentarios", "comentar"),
    news_words=("Noticias",),
    byline_prefixes=("Por", "POR"),
    role_words=("corresponsal", "enviado", "enviada", "especial", "redacción", "periodista"),
    and_words=("y",),
    caption_labels=("Foto", "Imagen", "Crédito", "Créditos", "Crédito de la foto"),
    caption_text_labels=("Pie de foto",),
    photo_cues=("foto", "imagen de archivo"),
    credit_archive_words=("Archivo",),
    contact_links=("Escribir al autor", "Contactar al autor", "Enviar correo al autor"),
    sponsor_labels=(
        "En colaboración con",
        "En alianza con",
        "Con el apoyo de",
        "Patrocinado por",
        "Presentado por",
    ),
    published_labels=("Publicado", "Publicado el"),
    updated_labels=("Actualizado", "Actualizado el"),
    furniture=(
        # a press release's release note (see en)
        "para publicación inmediata",
        "para su publicación inmediata",
        # a reprint's permission credit (see en)
        "reproducido con permiso",
        "reproducido con autorización",
        "publicado con permiso",
        "valorar:",
        "valora esta noticia",
        # a multi-page story's next and previous page (as in English)
        "página siguiente",
        "página anterior",
        "enviar por correo",
        "puede escribirnos",
        "escríbenos",
        "publicidad",
        "lea también",
        "leer más",
        "compartir",
        # a share bar's buttons, the Spanish of "Share on": El País' "Compartir en Facebook
        # Compartir en Twitter", the title of a news template's buttons ("Compartir en Facebook")
        "compartir en",
        "todos los derechos reservados",
    ),
    # El País' heading over its related stories ("Más información", as phys.org's "More
    # information:") and over its topic links ("Archivado en:", the Spanish of WordPress's
    # "Filed under:" that Spanish WordPress themes print over a post's categories)
    list_labels=("Más información", "Archivado en"),
    months={
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
        "ene": 1,
        "abr": 4,
        "ago": 8,
        "dic": 12,
    },
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    script="latin",
    letters="áéíñóúü",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "el la de que y en los se del las un por con no una su para es al lo como más "
        "pero sus le ha fue".split()
    ),
    signature_labels=("Autor",),
    name_particles=("de", "del", "la", "y"),
    date_label_particles=("el",),
    date_joiners=("de",),
    header_labels={
        "title": ("Título", "Titular"),
        "subtitle": ("Subtítulo", "Entradilla", "Sumario", "Bajada"),
        "date": ("Fecha", "Publicado", "Fecha de publicación"),
        "updated": ("Actualizado", "Modificado"),
        "authors": ("Autor", "Autora", "Autores", "Por", "Firma"),
        "tags": ("Etiquetas", "Palabras clave"),
        "url": ("URL", "Enlace", "Dirección"),
        "publication": ("Fuente", "Publicación", "Medio", "Periódico"),
    },
    # the credit line closing a story taken partly from a wire ("(Con información de EFE)",
    # El Financiero and Latin American news sites)
    contributor_phrases=("con información de",),
)
