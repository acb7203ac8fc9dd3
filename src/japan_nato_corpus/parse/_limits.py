"""The parser's limits: how much it reads, where it looks, and how long a line of each kind may be.

Every bound the parser applies is named here, so its cost per character stays
constant and its reach over a page is written down in one place.
"""

SUMMARY_LINES = 12
"""The most paragraphs, none of them closing a sentence (a summary's wrapped bullet lines, an update
note), over a wire's dateline with its agency (``TOKYO, Sept 19 (Reuters) -``) that still opens the story."""

MAX_CHARS = 16_000_000
"""The default largest input :func:`~japan_nato_corpus.parse_article` accepts, in characters."""

LARGE_INPUT = 64_000
"""Above this many characters the cycle collector is paused while a page is read."""

BINARY_SAMPLE = 100_000
"""How many leading characters are sampled to tell text from binary data."""

CONTROL_SHARE = 0.3
"""The share of control characters among visible ones above which input is binary."""

TOP_LINES = 6
"""How many leading lines are searched for a repeated site name."""

HEADER_DATE_CHARS = 160
"""The longest line read as a header date line."""

HEADER_DATE_SUFFIX_CHARS = 40
"""The most text a header date line may carry after its date."""

HEADER_DATE_SUFFIX_WORDS = 5
"""The most words a header date line may carry after its date."""

DATELINE_CHARS = 200
"""How far into a paragraph a dateline is looked for."""

ACRONYM_CHARS = 3
"""The most letters of an acronym before a colon read as a source (``BBC:``), not a dateline's place."""

DATELINE_PARAGRAPHS = 3
"""How many leading paragraphs may open with the dateline (captions and a summary may stand before it)."""

STANDFIRST_PARAGRAPHS = 3
"""How many leading paragraphs may name an author in a standfirst."""

STANDFIRST_CHARS = 3000
"""How far into a paragraph a standfirst author is looked for."""

CAPTION_CHARS = 400
"""The longest line read as a photo caption."""

PHOTO_CREDIT_CHARS = 120
"""How far from a line's end a trailing photo credit is looked for."""

COMMENT_DATE_CHARS = 120
"""The longest line of a reader comment read as its posting time."""

COMMENTER_WORDS = 5
"""The most words in a commenter's name (``Jane Doe wrote:``)."""

NAME_CHARS = 80
"""The longest text read as a person's name."""

TAGLINE_CHARS = 400
"""The longest line read as a credit tag line (``(Reporting by X; Editing by Y)``)."""

HEADER_LINES = 30
"""How many leading lines the header zone may span."""

HEADER_SCAN_LINES = 300
"""The most lines read for the header zone: its :data:`HEADER_LINES` lines of words, and the
wordless lines (marks, a clock's times) among them."""

STANDFIRST_WORDS = 12
"""The fewest words of a standfirst told from a headline under a short title-case one."""

DECK_HEADLINE_WORDS = 12
"""The most words of a headline closed by a full stop over a standfirst of one shorter sentence;
a longer first sentence over another is the story's lede."""

HEADLINE_CHARS = 200
"""The longest line read as a headline; a longer one is prose."""

HEADLINE_WORDS = 5
"""The fewest words of a headline told from a kicker over it: a line over a longer standfirst with
fewer words is a kicker (``Maritime security``), not the headline."""

UNSPACED_WORD_CHARS = 2
"""How many characters of Chinese or Japanese, written without spaces, count as one word in the
header zone's line shapes (a word there is one to three characters, most often two)."""

HEADLINE_MIN_WORDS = 2
"""The fewest words in a headline; a single word is a section or site label."""

PROSE_MIN_WORDS = 8
"""The fewest words of a line that ends a sentence and so reads as prose, not a headline."""

LEDE_WORDS = 24
"""The fewest words after a place and a colon (``Tokyo: Shigeru Ishiba, ...``) that read as a lede
even with no full stop closing them (a stray mark after it): more than any headline holds."""

ZONE_LOOKAHEAD = 2
"""How many lines after a prose line a date line or byline keeps it in the header zone."""

MASTHEAD_WORDS = 4
"""The most words of a line in capitals read as a masthead (``THE ASAHI SHIMBUN``), not a headline."""

CONTENT_WORD_CHARS = 4
"""The fewest letters of a word that a headline and its story are compared on."""

LABEL_WORDS = 2
"""The most words of a header line that may be a site or section label rather than a headline."""

MEDIA_LINK_WORDS = 12
"""The most words of a header line naming a media file (``Audio mp3 of Address``), a player's link."""

AFFILIATION_WORDS = 6
"""The most words of the affiliation after a name in a credit line (``Jane Doe, bird story agency``)."""

FOOTER_DATE_CHARS = 80
"""The longest bracketed source line read for a closing date (``(www.chinaview.cn 2018-07-13)``)."""

PAPER_STAMP_CHARS = 5000
"""How far into one of the story's first paragraphs a paper's citation stamp is looked for (``doi:10.1057/…;
published online 4 March 2016``): a paper's first page, its abstract included, pasted as one line."""

FOOTER_SOURCE_WORDS = 3
"""The most words beside the date in such a line."""

FRAGMENT_CHARS = 160
"""The longest body line that may be a fragment (a teaser or label) rather than prose."""

FRAGMENT_WORDS = 5
"""The fewest words of a sentence; a shorter line is a fragment even with a full stop."""

TAIL_RUN = 3
"""How many fragments in a row end a body for them all to be read as furniture."""

ZONE_LINE_CHARS = 1000
"""A header-zone line longer than this is prose; only this much of a prose line is compared."""

CAPTION_LINE_CHARS = 600
"""The longest line read as a caption with a trailing photo credit."""

PREFIX_CHARS = 240
"""How much of a body line is searched for the words that let a reader claim it (the furniture
patterns look at most this far: ``[^\\n]{0,200}`` before a copyright notice's words)."""

MAX_OUTLET_WORDS = 4
"""The most words of a line under a headline that names the outlet as its byline (``The Yomiuri Shimbun``)."""

SIGN_OFF_CHARS = 40
"""How near a paragraph's end the dash of an agency's sign-off (``... - Bernama``) stands, at most."""

PLACED_SIGN_OFF_CHARS = 120
"""How much of a paragraph's end is read for a Korean reporter's sign-off
(``… /도쿄=홍길동 특파원 hong@example.co.kr``)."""

GLUED_WORDS = 3
"""How many words run together (``SolutionsLegal``) make a header line a menu, not a headline."""

CREDIT_WORDS = 6
"""How many words a photo credit after its label may run to (``Photo: Jane Doe/Agency``)."""

REPRINT_SHORT_DEPTH = 6
"""How many of the body's first paragraphs may stand over the headline printed again among them
when each is short (EDGE_CHARS at most: a notice that the browser is not supported, an
advertisement's label), deeper than the few paragraphs of any length that may."""

SPOKEN_STORY_PARAGRAPHS = 2
"""The fewest paragraphs closed by a broadcaster's spoken endings under a first paragraph closed by
a plain one that make that first paragraph the photo's caption."""

EMBED_STORY_PARAGRAPHS = 3
"""The story's first paragraphs, read for its language, over a post embedded at its foot; the
post's paragraphs are looked for under them only."""

LANGUAGE_MIN_WORDS = 3
"""The fewest function words of one language that tell a paragraph's language."""

WIRE_STORY_PARAGRAPHS = 3
"""The fewest paragraphs, from a wire's datelined first one on, under which a long summary over
that first paragraph is a repost's own summary of the wire's story, not the story's lede."""

WIDE_SENTENCE_CHARS = 20
"""The fewest ideographs and kana of a body line closed by its full stop, in a script written
without spaces, that make it a sentence of prose rather than a fragment at the body's foot."""

READ_ON_BUTTONS = 6
"""The most buttons (a word each: "Tweet", "Share") after a prompt to read on run into a paragraph's end."""

READ_ON_BUTTON_CHARS = 20
"""The longest button after such a prompt (``経済の記事一覧``)."""

FRONT_MATTER_CHARS = 4000
"""How far into a paragraph a paper's keywords label is looked for, in a copy that runs the paper's
title, authors and abstract into its text on one line."""

FRONT_MATTER_KEYWORD_CHARS = 300
"""The longest list of a paper's keywords after their label, in a copy that runs the paper's front
matter into its text on one line (``Keywords: NATO; Japan Introduction In …``)."""

ALT_TEXT_WORDS = 5
"""The most words of a photo's alt text over its caption and credit among a story's paragraphs
(``Harbour storm``): an agency's keywords for the photo, not a sentence."""

CREDIT_LINE_CHARS = 80
"""The longest line read as a photo's labelled credit alone on its line (``Foto: Jane Doe / AP``)."""

LINE_MEMO = 4096
"""How many distinct short lines keep what the line readers found in them, across pages.

A page repeats its furniture, bylines, comment stamps and note markers line for line; each
line reader that depends on a line's text alone reads a repeated line once."""

LINE_MEMO_CHARS = 200
"""The longest line whose readings are kept; a longer line is read afresh, so the memo's size
in characters stays bounded."""

EDGE_CHARS = 120
"""The longest paragraph at either edge of the body that, ending no sentence, is read as furniture.

jusText's ``length_low``: below it a block is "short" and takes its class from its neighbours;
past the body's first and last prose there is no prose neighbour, only the page's edge."""

EDGE_LINES = 40
"""The most short lines read as furniture at either edge of the body; a longer run of short
lines is the body itself (a list, a transcript, a page of posts), and the walk over it stops."""

KANA_PROMPT_CHARS = 10
"""The most characters of a Japanese line read as a link's prompt when most of it is hiragana
(``もっと詳しく``): a longer one may be a headline written with many particles."""

HEAD_BLOCK_PARAGRAPHS = 6
"""How far into the body a page's head furniture is looked for: a citation block or a caption
printed twice, with the standfirst and labels over them."""

RUN_IN_LINE_CHARS = 300
"""The longest header line read for a labelled date run into its end (``... Stand: 05.11.2021``)."""

RUN_IN_WORDS = 3
"""The fewest words before a labelled date run into a header line: fewer are the date line's own label."""

PHOTO_LABEL_CHARS = 20
"""The longest line read as a photo's label alone (``Image:``, ``Fotografía:``)."""

STOP_HEADLINE_WORDS = 18
"""The most words of a page's first line read as a headline closed by a full stop, over a longer paragraph."""

SECTION_HEADS = 2
"""The fewest stacks of section heads between the story's prose that make a like stack at its foot the
head of its last section."""

KICKER_WORDS = 3
"""The fewest words in title case before a colon that make a kicker's topic, not a dateline's
place (``Japan Tsunami Alert: Japan was hit ...``; ``Tokyo:``, ``New Delhi:`` are places)."""

UNSPACED_ALPHABET_WORD_CHARS = 4
"""How many characters of Thai, Lao, Khmer or Burmese, written without spaces between words (a space
there sets phrases apart), count as one word in the header zone's line shapes (a word there is two
to six characters with its vowel and tone marks, most often three to five)."""

WRAP_MIN_CHARS = 60
"""The shortest line read as the first of a hard-wrapped paragraph by its width alone."""

WRAP_SHARE = 0.85
"""How much of the next line's length a line must run to be read as broken at the same width,
the first line of a hard-wrapped paragraph."""

OVERRULE_MARGIN = 1.5
"""How far past the headline line model's threshold (in log-odds) a score must be for the model to
overrule the header zone's rules (``parse/_line_model.py``): its line over theirs only when it
is that sure of its own and that sure theirs is none."""

CONTROL_CHARS = 40
"""The longest line read as a site's control or prompt printed as text (``Open navbar``, ``Skip to
content``, ``文字サイズ``): a menu's button or a log-in link is a few words."""

CONTROL_WORDS = 5
"""The most words of a site's control line in a spaced script (``Skip to main content``)."""

RUN_ON_CHARS = 300
"""How far into a header line a date run on after its headline is looked for, and how far past
that date a second one (a line of stamps) is."""

STAMP_LINE_CHARS = 160
"""The longest line read as a row of stamps: a reading time, a publication and a revision date."""

STAMP_WORDS = 6
"""The most words, besides its dates and its reading time, of a row of stamps (``Publicat la ...
Modificat la ...``): its labels."""

SENTENCES_HEADLINE_WORDS = 20
"""The most words of a headline of two sentences (``Japan and Romania tighten ties. The minister's
visit ...``): a longer line of two sentences, whatever its close, is a standfirst or a lede."""

OVERRULE_FILL_MARGIN = 2.0
"""How far past the headline line model's threshold (in log-odds) its best line's score must be
for the model to give a headline to a page the header zone's rules read none on (a page with no
headline is common, and a wrong headline there is a new fault, not a changed one)."""
