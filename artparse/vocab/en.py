"""English."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    paywall_notes=(
        "subscribe to continue reading",
        "log in to continue reading",
        "the rest of this article is for subscribers",
    ),
    subject_pronouns=("He", "She", "They"),
    tool_buttons=(
        "back to top",
        "top of page",
        "print",
        "print this article",
        # a writer's follow button (Medium under the byline; X's embedded posts)
        "follow",
        # a support button standing alone: The Intercept's "Donate" in its sticky header and
        # under the lead photo (trafilatura's extractor drops such elements by their "button"
        # class)
        "donate",
        # a carousel's two controls, which a converted page keeps on one line: Bootstrap's carousel
        # labels them "Previous" and "Next" (visually hidden text beside the arrows), Owl
        # Carousel's buttons read "prev" and "next"; fox13now's gallery "Prev Next"
        "previous next",
        "prev next",
        # a panel's close button (the Evening Standard's "Close" under its dek, the LA Times'
        # "Share Close extra sharing options", El País' "Cerrar" before its hidden share buttons)
        "close",
        # a share bar's toggle over the networks it hides (the LA Times' "Show more sharing
        # options"; El País' "Otros" in Spanish)
        "show more sharing options",
        "more sharing options",
        # an article's tools box, each tool its own block over or beside the story (Dragnet's
        # copy-pasted pages; the 2008 Google News pages: the BBC's "E-mail this to a friend" and
        # "Printable version", the Toronto Star's "Email story", "Print", "Choose text size",
        # "Report typo or correction", ABC News' "Font Size", "E-mail", "Print", "Share", the Boston
        # Globe's "Email|Print| Text size")
        "email",
        "e-mail",
        "email story",
        "e-mail story",
        "email this story",
        "e-mail this story",
        "email this to a friend",
        "e-mail this to a friend",
        "email to a friend",
        "e-mail to a friend",
        "printable version",
        "printer friendly version",
        "print this story",
        "font size",
        "text size",
        "choose text size",
        "report typo or correction",
        "report a typo",
    ),
    rank=1,
    view_count_labels=("Hits:", "Views:", "Viewed"),
    relative_days=("today", "yesterday"),
    none="site_names letters frequent_vowels telltales date_joiners dispatch_words",
    home_labels=("Home",),
    share_count_words=("shares", "share"),
    link_label_words=("more", "read", "see", "watch", "related"),
    ad_break_markers=(
        "Story continues below advertisement",
        "Story continues below",
        "Article continues below advertisement",
        "Article continues below",
    ),
    news_words=("News",),
    byline_prefixes=("By", "BY", "Posted by", "Written by", "Words by", "Story by", "Reporting by"),
    role_words=tuple(
        "writer writers correspondent correspondents editor editors reporter reporters columnist "
        "contributor contributors producer analyst journalist journalists author photographer anchor "
        "critic professor".split()
    ),
    role_modifiers=tuple(
        "staff senior chief special political business economics science sports technology diplomatic "
        "foreign national digital news desk bureau associated press white house".split()
    ),
    # "wire": a syndication feed signing as a desk, "By: CNN Wire" on the pages of the stations
    # that carry it (fox13now.com; kdvr.com's author page "CNN wire: Stories from the CNN Wire
    # services"), as "By the CNN Wire Staff" on CNN's own.
    desk_nouns=("staff", "desk", "wire"),
    and_words=("and", "&"),
    caption_labels=(
        "Photo",
        "Photos",
        "Photograph",
        "Image",
        "Picture",
        "Credit",
        "Photo credit",
        "Image credit",
    ),
    caption_text_labels=("Caption", "Image caption", "Photo caption"),
    photo_cues=(
        "photo",
        "photograph",
        "pictured",
        "undated",
        "file image",
        "(l)",
        "(r)",
        "(c)",
        "left,",
        "right,",
        "poses",
        "seen here",
        "in this image",
    ),
    credit_archive_words=("files", "file"),
    contact_links=(
        "Email Author",
        "Email the author",
        "E-mail the author",
        "E-mail author",
        "Contact the author",
        "Contact author",
    ),
    sponsor_labels=(
        "In partnership with",
        "Supported by",
        "Sponsored by",
        "Presented by",
        "Produced in partnership with",
        "In association with",
    ),
    published_labels=(
        "Published",
        "Posted",
        "Published on",
        "Posted on",
        "First published",
        "Originally published",
        "Originally posted",
        "Date",
        "Dated",
        "Filed",
    ),
    updated_labels=("Updated", "Last updated", "Last modified", "Modified", "Updated on"),
    furniture=(
        # the link to a multi-page story's next or previous page (Zeit Online's "Nächste Seite" over
        # its page list, Última Hora's "Anterior"/"Siguiente"); the writer's contact line (The
        # Intercept's "Contact the author:", Bloomberg's "To contact the reporter on this story:",
        # beside the Wall Street Journal's "Write to" below)
        "next page",
        "previous page",
        "contact the author",
        "contact the reporter",
        "to contact the reporter",
        "to contact the editor",
        "advertisement",
        "share",
        "share this",
        "share on",
        "share:",
        "tweet",
        "email this",
        "read more",
        "read also",
        "see also",
        # a heading over links to other stories (the Evening Standard, the Vancouver Sun, the Intercept)
        "related",
        "related:",
        "related articles",
        "related stories",
        "follow us",
        "follow @",
        "tags:",
        "categories:",
        "filed under",
        "topics:",
        "write to",
        "more stories",
        "more information:",
        "journal information:",
        "journal reference:",  # ScienceDaily's citation of the paper under the story
        "supported by",
        "author",
        "sign up",
        "subscribe",
        # a newsletter box in or under the text (The Intercept's "Join Our Newsletter", WSVN's
        # "Sign up for the Breaking News Newsletter", the "Join our Newsletter for the latest news" of
        # copied pages)
        "join our newsletter",
        # a star-rating widget's label over its stars (WordPress.com's "Rate this:", Última Hora's
        # "Valorar:" over "* Puntualo 1 estrellas" ...)
        "rate this:",
        "rate this article",
        "click here",
        "copyright",
        "©",
        "(c) copyright",
        "all rights reserved",
        "print this",
        "comments",
        "leave a comment",
        "write a comment",  # Threatpost's link to its comments, under the byline and at the end
        "more on this story",
        "story continues below",
        "continue reading",
        "watch:",
        "listen:",
        "recommended",
        "image copyright",
        "media playback",
        "skip to",
        "this material may not be published",
        "advertise",
        "story highlights",
        "(reporting by",
        "(additional reporting",
        "(editing by",
        "(writing by",
        "(compiled by",
        "get the latest",
        "more from",
        # the note of a story republished from a partner, as the partners' republishing terms ask
        # for it: Salon's "This post originally appeared on Grist.", The Conversation's "This
        # article was originally published on The Conversation.", ProPublica's "This story was
        # originally published by ProPublica."
        "this post originally appeared",
        "this article originally appeared",
        "this story originally appeared",
        "this post was originally published",
        "this article was originally published",
        "this story was originally published",
        # and the credit of a piece reprinted by leave of its writer or first publisher, as
        # syndication and reprint terms ask for it: "Reprinted with permission from ...",
        # "Republished with permission of ...", Freedom Outpost's "Article posted with
        # permission from Robert Spencer"
        # a press release's release note over its text (PR Newswire's and Business Wire's
        # templates, the PRSA's release format)
        "for immediate release",
        "embargoed until",
        "embargoed for release",
        "reprinted with permission",
        "republished with permission",
        "posted with permission",
        "article posted with permission",
        "our standards:",  # Reuters pages close with "Our Standards: The Thomson Reuters Trust Principles."
    ),
    months={
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    weekdays=(
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ),
    script="latin",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "the of and to in is that for it with as was on be by at this from have are has "
        "said not but an they his her which were will their been would who".split()
    ),
    lead_byline_prefixes=("By",),
    signature_labels=("Author",),
    valedictions=(
        "Sincerely",
        "Sincerely yours",
        "Yours sincerely",
        "Yours faithfully",
        "Yours truly",
        "Best regards",
        "Kind regards",
        "Warm regards",
        "Regards",
        "Best wishes",
        "With best wishes",
        "Respectfully",
        "Respectfully yours",
    ),
    affiliation_words=("of", "for", "from"),
    articles=("the",),
    outlet_nouns=(
        "magazine",
        "newspaper",
        "journal",
        "staff",
        "news",
        "radio",
        "television",
        "TV",
        "Times",
        "Herald",
        "Tribune",
        "Gazette",
    ),
    place_prepositions=("in", "at"),
    # Arabic names as English-language copy prints them
    name_particles=("bin", "ibn", "al", "el"),
    image_credit_labels=("Image source", "Image copyright"),
    image_caption_labels=("Image caption",),
    date_label_particles=("on",),
    story_header_labels=("PUBLISHED", "UPDATED", "Published", "Updated", "Last updated"),
    story_header_openings=("PUBLISHED", "Last updated"),
    # the credit line closing a story: CNN's "CNN's ... contributed to this report", NBC News'
    # and Fox News' "The Associated Press contributed to this report.", the Washington Post's
    # "... contributed to this story.", the New York Times' "... contributed reporting." and
    # "... contributed research.", Reuters' "Additional reporting by ...; Editing by ..."
    contributor_phrases=(
        "contributed to this report",
        "contributed to this story",
        "contributed reporting",
        "contributed research",
        "additional reporting by",
    ),
    # the headings over a page's list of its most-read stories: the Boston Herald's "Most
    # Popular", The Intercept's "Most Read", the Evening Standard's "Trending"
    # Over the cards of other stories a page closes with (a headline, a writer's name, a date,
    # a teaser on lines of their own): The Intercept's "Related" and "Latest Stories", the Times
    # of Israel's "Promoted Content"; trafilatura's extractor drops the elements for the same
    # reason ("related-stories", "most-popular", "teaser" classes)
    highlight_labels=("Story highlights", "Highlights", "Key points"),
    author_archive_buttons=(
        "view more articles",
        "view all articles",
        "view author archive",
        "more articles",
        "all articles",
    ),
    list_labels=(
        "Most popular",
        "Most read",
        "Trending",
        "Related",
        "Related items",
        # a box of links to other stories set inside the story (ABC News' "Related Stories", Times
        # Online's "Related Links", the Mirror's "Related Articles" on the 2008 Google News pages)
        "Related stories",
        "Related articles",
        "Related links",
        "Latest stories",
        "Latest news",
        "Promoted content",
        "Sponsored content",
    ),
    follow_calls=("follow", "subscribe to", "like us on", "join us on"),
    navigation_phrases=(
        # a newsletter form's consent under its button (The Intercept's "By signing up, I agree to
        # receive emails ...", Vox Media's "By submitting your email, you agree to our Terms")
        "by signing up, i agree",
        "by signing up, you agree",
        "by submitting your email",
        # a newsletter form's consent box (the Evening Standard's "... please tick the box if you
        # would like to be contacted", Le Figaro's "J'accepte de recevoir la newsletter")
        "please tick the box",
        # a newsletter's or subscription's offer and its button: The Intercept's box "...
        # Delivered to you.", WSVN's "... right to your inbox", the Times of Israel's "Get ... by
        # email ... Free Sign Up"; trafilatura drops "newsletter" and "paywall" elements whole
        "to your inbox",
        "delivered to you.",
        "free sign up",
        # the paywall's prompt over a subscriber's story (trafilatura drops "paywall" elements)
        "already a subscriber",
        "subscribe to continue reading",
        "for subscribers only",
        "tick this box",
        "min read",
        "mins read",
        # a reading-time label whose number a script fills in ("minute read" alone, Threatpost;
        # "4 minute read", the reading-time line WordPress themes print)
        "minute read",
        "hrs ago",
        "hours ago",
        "slideshow (",
        "click on ",
        "click here",
        "by clicking here",
        "watch the video",
        "video above",
        "video below",
        # a pointer to the video under the story: MailOnline's "Scroll down for video" (in its
        # story files and pages) and Fox News' "SCROLL DOWN FOR VIDEO"
        "scroll down for video",
        "see gallery",
        "see photo gallery",
        "see the gallery",
        "see the photo gallery",
        "see our gallery",
        "see our photo gallery",
        "view gallery",
        "view photo gallery",
        "view the gallery",
        "view the photo gallery",
        "view our gallery",
        "view our photo gallery",
        # reader call-outs: a question to the reader, then an invitation (CNN's "Affected by
        # the nor'easter? Share your story with us on CNN iReport.", "Cast your vote!";
        # news.com.au's "Have you ever ...? Leave a comment below.")
        "share your story",
        "cast your vote",
        "leave a comment below",
        # the call for letters under the text: The Atlantic's "We want to hear what you think about
        # this article", the New York Times' "We'd like to hear what you think about this or any of
        # our articles"
        "hear what you think",
    ),
    # the rules over a comment form are its heading too (the Evening Standard's "Community
    # Guidelines"; Última Hora's "Normas de uso" under its "Comentar")
    comments_headings=("comments", "comment", "reader comments", "reader comment", "community guidelines"),
    lead_labels=(
        "Update",
        "Updated",
        "Note",
        "Editor's note",
        "Editor’s note",
        "Correction",
        "Clarification",
        "Watch",
        "Video",
        "Listen",
        "Live",
        "Breaking",
        "Breaking news",
        "Exclusive",
        "Analysis",
        "Opinion",
        "Comment",
        "Review",
        "Warning",
        "Spoiler",
        "Question",
        "Answer",
        "Q",
        "A",
        "Yes",
        "No",
        "Background",
        "Context",
        "Summary",
        "Also read",
        "Read more",
        "Read",
        "See also",
        "Related",
        "Source",
        "Sources",
        "Disclaimer",
        "Transcript",
        # the wires' story-kind labels (Reuters' "Factbox:", "Explainer:", "Timeline:")
        "Factbox",
        "Explainer",
        "Timeline",
        "Interview",
        "Interviewer",
        "Host",
        "Photos",
        "Pictures",
        "Watch live",
        "Live updates",
        "Developing",
        "Developing story",
        "Just in",
        "Gallery",
        "Bottom line",
        "Tip",
        "Info",
        "Quote",
        "Fact check",
        "Recap",
        "Verdict",
        "Rating",
        "Result",
        "Results",
        "Details",
        "Venue",
        "Tickets",
        "When",
        "Where",
        "Location",
        "Editor",
        "Editors",
        "Poll",
        "Intro",
    ),
    editors_note_labels=("Eds", "Ed"),
    copyright_words=("Copyright",),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    header_labels={
        "title": ("Title", "Headline", "Subject"),
        "subtitle": ("Subtitle", "Subheadline", "Standfirst", "Summary", "Description"),
        "date": ("Date", "Published", "Publication date", "Load-Date", "Pubdate", "Posted"),
        "updated": ("Updated", "Last updated", "Modified"),
        "authors": ("Author", "Authors", "By", "Byline", "Writer", "From"),
        "tags": ("Tags", "Keywords"),
        "url": ("URL", "Link", "Web address"),
        "publication": ("Source", "Publication", "Publisher", "Newspaper"),
    },
    answer_buttons=("Yes No",),
)
