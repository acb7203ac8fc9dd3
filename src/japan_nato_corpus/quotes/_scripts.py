"""Quotes in Japanese, Chinese, Korean and Arabic, read by the shape of their sentences."""

import re
from collections.abc import Mapping

from japan_nato_corpus.model import Span
from japan_nato_corpus.quotes._attribution import _last_cue, _Said
from japan_nato_corpus.quotes._cues import _script_cues
from japan_nato_corpus.quotes._kinds import _MAX_TERM_WORDS, _quoted_elsewhere
from japan_nato_corpus.quotes._marks import _MARK, _Raw
from japan_nato_corpus.quotes._speaker import _ARABIC_LETTER, _FULL_NAME_WINDOW
from japan_nato_corpus.quotes._text import _span, _words
from japan_nato_corpus.quotes._vocabulary import WORDS


def _other_attribution(
    text: str, raw: _Raw, said: _Said, previous: tuple[_Raw, Span | None, str | None] | None
) -> _Said | None:
    """An attribution the cues near the quote did not give.

    A short quote later in the sentence of an attributed one (:func:`_same_sentence`), or a quote
    in Japanese, Chinese or Arabic (:func:`_script_said`).
    """
    if said.cue is not None or said.words is not None:
        return None
    if previous is not None and _same_sentence(text, previous, raw):
        return _Said(cue=None, words=previous[1], where="script")  # “crude interference” … “a heavy blow”
    return _script_said(text, raw, previous[1] if previous is not None else None)


_SAME_SENTENCE_WORDS = 12
"""Words at most between two quotes of one sentence for the second to go on with the first's speaker."""


def _same_sentence(text: str, previous: tuple[_Raw, Span | None, str | None], raw: _Raw) -> bool:
    """Whether ``raw`` is a short quote later in the sentence of ``previous``, an attributed quote.

    ``said … represented “crude interference” … and had caused “a heavy blow” to ties``: the
    clause goes on, and so does its speaker. Another cue, a colon, a sentence end or a line break
    between them ends it.
    """
    earlier, words, _ = previous
    if words is None or earlier.open_mark < words.start < raw.open_mark:
        return False
    gap = text[earlier.close_mark_end : raw.open_mark]
    quoted = text[raw.start : raw.end]
    if (
        "\n" in gap
        or re.search(r"[.!?;:]", gap)
        or re.search(r"[.!?]\W*$", text[earlier.start : earlier.end])
    ):
        return False
    if _HAN_OR_KANA.search(quoted) or _ARABIC_LETTER.search(quoted):
        return False
    gap_words = _words(gap)
    if (
        not gap_words
        or len(gap_words) > _SAME_SENTENCE_WORDS
        or _last_cue(text, earlier.close_mark_end, raw.open_mark)
    ):
        return False
    words_in = _words(quoted)
    short = 1 <= len(words_in) <= _MAX_TERM_WORDS and all(w[:1].islower() for w in words_in[:1])
    return short and not _quoted_elsewhere(text, raw)  # a term the text quotes again is no quote


_HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


_KANA = re.compile("[\u3040-\u30ff]")


_CJK_END = "\u3002\uff01\uff1f!?"


_CJK_CLAUSE = ",\uff0c;\uff1b:\uff1a\u3001"


_SCRIPT_BACK = 600
"""How far back (characters) a speaker named before is looked for."""


def _script_of(text: str, raw: _Raw) -> str | None:
    """``ja``, ``zh``, ``ar`` or ``ko`` when the sentence the quote stands in is written in that script."""
    before = text[max(0, raw.open_mark - 30) : raw.open_mark]
    after = text[raw.close_mark_end : raw.close_mark_end + 10]
    context = before + after
    if _ARABIC_LETTER.search(before):
        return "ar"
    if _HANGUL.search(context):
        return "ko"
    if not _HAN_OR_KANA.search(context):
        return None
    sentence = text[max(0, raw.open_mark - 80) : raw.close_mark_end + 20]
    return "ja" if _KANA.search(sentence) else "zh"


def _unquoted(segment: str) -> str:
    """``segment`` with what stands between marks blanked out, so that its words are not the sentence's."""
    out = list(segment)
    for pattern in (
        r"\u300c[^\u300c\u300d]*\u300d",
        r"\u300e[^\u300e\u300f]*\u300f",
        r"\u201c[^\u201c\u201d]*\u201d",
    ):
        for m in re.finditer(pattern, segment):
            out[m.start() : m.end()] = "\u3000" * (m.end() - m.start())
    return "".join(out)


def _sentence_start(text: str, at: int, ends: str) -> int:
    """Where the sentence holding ``at`` starts: after a sentence end, a line break or an open quote."""
    start = max(text.rfind(c, 0, at) for c in ends + "\n") + 1
    segment = text[start:at]
    for opener, closer in (("\u300c", "\u300d"), ("\u300e", "\u300f"), ("\u201c", "\u201d")):
        last = segment.rfind(opener)
        if last >= 0 and segment.find(closer, last) < 0:
            start = max(start, start + last + 1)  # inside a quote: the quoted sentence
    return start


def _script_said(text: str, raw: _Raw, previous: Span | None) -> _Said | None:
    """The cue and speaker of a quote in Japanese, Chinese, Arabic or Korean, by the shape of its sentence.

    Japanese gives the cue after the quote and its particle (``「…」と述べた``) and the speaker
    before it, as the sentence's topic (``岸田総理は``) or, nearer, a subject (``中国が``);
    Chinese gives subject and cue before the quote (``史密斯称：“…”``); Arabic gives the verb
    first and its subject after it (``وقال كيشيدا: "…"``). A cue with no subject, a pronoun or an
    office alone (``と首相は述べた``, ``他还称``, ``وتابع:``) gives the quote to ``previous``, the
    speaker of the quote before, or to the speaker a cue names before in the text. ``None``: no
    cue, or the quoted words are a term or a name in the sentence (``“印太地区”国家``).
    """
    script = _script_of(text, raw)
    if script is None:
        return None
    cues = _script_cues()[script]
    if script in {"ar", "ko"}:  # the verb before its subject, or a quotative ending after the quote
        return (_arabic_said if script == "ar" else _korean_said)(text, raw, cues, previous)
    quoted = text[raw.start : raw.end]
    after = text[raw.close_mark_end : raw.close_mark_end + 1]
    particle = script == "ja" and text.startswith(tuple(cues["particles"]), raw.close_mark_end)
    if len(quoted) <= 8 and quoted[-1:] not in _CJK_END and _HAN_OR_KANA.match(after) and not particle:
        return None  # a term: “印太地区”国家, 「いずも」が
    if script == "ja":
        said = _japanese_said(text, raw, cues, previous)
    else:
        said = _chinese_said(text, raw, cues, previous)
    if said is None:
        said = _clause_said(text, raw, script, cues, previous)
    whole = quoted.rstrip()[-1:] in _CJK_END or len(quoted) >= _SCRIPT_SENTENCE
    if said is None and whole:
        start = _sentence_start(text, raw.open_mark, _CJK_END)
        if not text[start : raw.open_mark].strip():  # the next sentence, quoted whole
            if previous is not None and raw.open_mark - previous.end < _SCRIPT_BACK:
                return _Said(cue=None, words=previous, where="script")
            before = (
                _japanese_subject_before(text, raw.open_mark)
                if script == "ja"
                else _chinese_subject_before(text, start, cues)
            )
            if before is not None:
                return _Said(cue=None, words=before, where="script")
    return said


_CLAUSE_OPENERS = {"ja": ":\uff1a", "zh": ":\uff1a,\uff0c"}
"""The marks before a quote that make it a clause of its own, by script: a colon (``林外務大臣:「…」``),
and in Chinese a comma too (``他为此计算过,“三四秒就能跑掉”``)."""


def _clause_said(
    text: str, raw: _Raw, script: str, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    """The speaker of a Japanese or Chinese quote that a colon or a Chinese comma sets off, with no cue.

    ``林外務大臣:「…」``, ``徐寿其心里止不住地害怕,“我快70岁的人了,…”``: the words quoted after the
    clause are its subject's, the words before the colon, or the clause's subject (a pronoun, or
    none, for the speaker before). A term in running text follows its noun with no mark between
    (``台风“利奇马”``), so is never read here.
    """
    before = text[max(0, raw.open_mark - 2) : raw.open_mark].rstrip(" \t\u3000")
    if not before or before[-1] not in _CLAUSE_OPENERS[script]:
        return None
    mark = len(before) - 1 + max(0, raw.open_mark - 2)
    start = _sentence_start(text, mark, _CJK_END)
    segment = _unquoted(text[start:mark])
    if script == "ja":
        clause = max(segment.rfind(c) for c in "\u3001\u3000") + 1
        named = segment[clause:].strip()
        words = _span(text, mark - len(named), mark) if named and _HAN_OR_KANA.match(named) else None
    else:
        words = _chinese_subject(text, start, segment, len(segment), cues)
    if words is not None and words.text.startswith(tuple(cues.get("addressed", ()))):
        return None
    if words is None or words.text.startswith(cues["pronouns"]):
        topic = _chinese_topic(text, raw.open_mark, cues) if script == "zh" else None
        before_words = _chinese_subject_before(text, start, cues) if script == "zh" else None
        words = topic or previous or before_words or words
    return _Said(cue=None, words=words, where="script")


def _chinese_topic(text: str, at: int, cues: Mapping[str, tuple[str, ...]]) -> Span | None:
    """The person a Chinese paragraph opens with: the subject of its first clause, its owner if it has one.

    ``徐寿其的家背靠山体而建，他提前…``: *he* in the paragraph is 徐寿其, whose house its first clause
    speaks of; a paragraph opening with a pronoun, a time or a place names no one here.
    """
    start = text.rfind("\n", 0, at) + 1
    first = re.match("[^" + _CJK_CLAUSE + _CJK_END + "\n]+", text[start:at])
    if first is None:
        return None
    words = _chinese_subject(text, start, first.group(), len(first.group()), cues)
    if words is None:
        return None
    owner = words.text.find(_ZH_OWNED)
    if owner > 1:
        words = _span(text, words.start, words.start + owner)
    if words.text.startswith(cues["pronouns"] + tuple(cues["addressed"])) or not _HAN.fullmatch(words.text):
        return None
    return words


_ZH_OWNED = "\u7684"
"""的, the possessive: ``徐寿其的家`` is 徐寿其's house, and 徐寿其 the one the paragraph is about."""


_SCRIPT_SENTENCE = 15
"""Characters of a quote in Chinese or Japanese that make it a sentence of its own, end mark or not."""


def _japanese_said(
    text: str, raw: _Raw, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    tail_start = raw.close_mark_end
    while tail_start < len(text) and text[tail_start] in " \t\u3000":
        tail_start += 1
    particle = next((p for p in cues["particles"] if text.startswith(p, tail_start)), None)
    if particle is None:
        return None
    tail_start += len(particle) - 1  # 「…」などと発言: the cue after the whole particle
    rest = text[tail_start + 1 : tail_start + 16]
    stop = min([rest.find(c) for c in "\u3002\u3001\u300c\u300e\n" if c in rest] or [len(rest)])
    cue = None
    for verb in cues["after"]:
        at = rest.find(verb, 0, stop)
        starts = at == 0 or (at > 0 and not verb.startswith("\u3057"))  # した right after と only
        if starts and (cue is None or at < cue[0]):
            cue = (at, verb)
    if cue is None and rest.startswith("\u3057\u3001"):  # 「防衛省で分析中」とし、…: a set-off cue
        cue = (0, "\u3057")
    if cue is None:
        return None
    cue_span = _span(text, tail_start + 1 + cue[0], tail_start + 1 + cue[0] + len(cue[1]))
    words: Span | None = None
    topic = rest.find("\u306f", 0, cue[0]) if cue[0] else -1
    if topic > 0:  # 「…」と首相は述べた
        words = _span(text, tail_start + 1, tail_start + 1 + topic)
    else:
        words = _japanese_subject(text, raw.open_mark)
    if words is not None and _is_said_thing(words.text, cues):
        words = None  # 同構想は「…」と強調した: the plan spoken of, not its speaker
    if words is None or words.text in cues["titles"] or words.text in cues["pronouns"]:
        words = previous or _japanese_subject_before(text, raw.open_mark) or words
    return _Said(
        cue=cue_span, words=words if words is None else _japanese_named(text, words, cues), where="script"
    )


_JA_SAID = "\u540c"
"""同, "the said …": 同氏 and 同相 (``pronouns``) and 同 with an office stand for a person named before."""


def _is_said_thing(words: str, cues: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether ``words`` is 同 with a noun that is no office (``同構想``): a thing named before."""
    if not words.startswith(_JA_SAID) or len(words) == len(_JA_SAID):
        return False
    return words not in cues["pronouns"] and not any(words.endswith(t) for t in cues["titles"])


def _japanese_named(text: str, words: Span, cues: Mapping[str, tuple[str, ...]]) -> Span:
    """The full name written before for a family name and an office alone (``常国防部長``), else ``words``.

    ``中国の常万全国防部長 … 常国防部長は``: a family name of one or two characters before an office
    of the vocabulary's ``titles`` is the person named in full with that office earlier in the text.
    """
    office = next((t for t in cues["titles"] if words.text.endswith(t)), None)
    if office is None:
        return words
    floor = max(0, words.start - _FULL_NAME_WINDOW)
    for size in (1, 2):
        family = words.text[:size]
        between = words.text[size : len(words.text) - len(office)]
        if not _HAN.fullmatch(family) or (between and not _HAN.fullmatch(between)):
            continue
        found = None
        full = re.escape(family) + "[\u4e00-\u9fff]{1,3}(?=" + re.escape(between + office) + ")"
        for match in re.finditer(full, text[floor : words.start]):
            found = match
        if found is not None:
            return _span(text, floor + found.start(), floor + found.end())
    return words


_HAN = re.compile("[\u4e00-\u9fff]+")


_JA_SUBJECT = re.compile(
    "([^\u3001\u3002\u300c\u300d\u300e\u300f\u3000\\s\u3068\u3067\u306b\u3082]{1,16})(?<!\u3066)([\u306f\u304c])(?![\u3058\u305a])"
)
"""A Japanese subject or topic and its particle; a て-form postposition before は (``…を巡っては``,
``…に関しては``, ``…に対しては``) makes a topic of a matter, not of a speaker."""


def _japanese_subject(text: str, at: int, *, topic_first: bool = False) -> Span | None:
    """The subject of the Japanese sentence before ``at``.

    A が-subject in the clause right before it (no comma between), else the sentence's topic (は);
    with ``topic_first`` (a sentence before the quote's), its topic first: a が-subject there is a
    clause's inside it (``河野太郎防衛相は…、中国が…を強める中での…。``).
    """
    start = _sentence_start(text, at, "\u3002")
    segment = _unquoted(text[start:at])
    last_close = segment.rstrip("\u3000").rfind("\u3000")
    clause = max(last_close, segment.rfind("\u3001"))
    found = list(_JA_SUBJECT.finditer(segment))
    near = [m for m in found if m.group(2) == "\u304c" and m.start() > clause]
    if topic_first and any(m.group(2) == "\u306f" for m in found):
        near = []
    topics = [m for m in found if m.group(2) == "\u306f"]
    chosen = near[-1] if near else (topics[0] if topics else None)
    if chosen is None:
        return None
    name = chosen.group(1)
    for particle in (
        "\u3064\u3044\u3066",
        "\u3067\u306f",
        "\u307e\u305f",
        "\u3055\u3089\u306b",
        "\u4e00\u65b9",
    ):
        if particle in name:
            name = name.rsplit(particle, 1)[-1]
    if not name:
        return None
    end = start + chosen.start(2)
    return _span(text, end - len(name), end)


def _japanese_subject_before(text: str, at: int) -> Span | None:
    """The topic of one of the two sentences before ``at``, in its paragraph."""
    for _ in range(2):
        start = _sentence_start(text, at, "\u3002")
        if start <= 0 or text[start - 1] == "\n":
            return None
        at = start - 1
        found = _japanese_subject(text, at, topic_first=True)
        if found is not None:
            return found
    return None


def _chinese_said(
    text: str, raw: _Raw, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    after = text[raw.close_mark_end : raw.close_mark_end + 20]
    for verb in cues["before"]:  # “…”马克龙说。
        at = after.find(verb)
        if 0 < at <= _CHINESE_AFTER and after[at + len(verb) : at + len(verb) + 1] in "。,，:：":
            named = after[:at].strip()
            begin = raw.close_mark_end + after.find(named)
            if named and _HAN_OR_KANA.match(named) and not re.search("[。,，“”]", named):
                said = _span(text, begin, begin + len(named))
                if named.startswith(cues["pronouns"]):
                    said = previous or _chinese_subject_before(text, raw.open_mark, cues) or said
                cue = _span(text, raw.close_mark_end + at, raw.close_mark_end + at + len(verb))
                return _Said(cue=cue, words=said, where="script")
    start = _sentence_start(text, raw.open_mark, _CJK_END)
    segment = _unquoted(text[start : raw.open_mark])
    found = _chinese_cue(segment, cues)
    if found is None:
        return None
    at, verb = found
    cue = _span(text, start + at, start + at + len(verb))
    words = _chinese_subject(text, start, segment, at, cues)
    if words is not None and words.text.startswith(cues["addressed"]):
        return None  # 你说 …: no attribution
    if words is None or words.text.startswith(cues["pronouns"]):
        owner_of = words.text if words is not None else ""
        words = previous or _chinese_subject_before(text, start, cues, owner_of=owner_of) or words
    return _Said(cue=cue, words=words, where="script")


_CHINESE_AFTER = 12
"""Characters of a subject between a Chinese quote and the verb after it (``”马克龙说。``)."""


def _chinese_cue(segment: str, cues: Mapping[str, tuple[str, ...]]) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for verb in cues["before"]:
        at = segment.rfind(verb)
        if at >= 0 and (best is None or at + len(verb) > best[0] + len(best[1])):
            best = (at, verb)
    return best


def _chinese_subject(
    text: str, start: int, segment: str, at: int, cues: Mapping[str, tuple[str, ...]]
) -> Span | None:
    clause = max(segment.rfind(c, 0, at) for c in _CJK_CLAUSE + "\u3000()\uff08\uff09") + 1
    words = segment[clause:at]
    cut = len(words)
    for word in (*cues["cut"], *cues["before"]):
        found = words.find(word, 1)
        if found > 0:
            cut = min(cut, found)
    words = words[:cut].strip()
    if not words or not _HAN_OR_KANA.match(words.lstrip("0123456789")):  # "63岁的父亲": an age opens it
        return None
    begin = start + clause + segment[clause:at].find(words)
    return _span(text, begin, begin + len(words))


def _chinese_subject_before(
    text: str, start: int, cues: Mapping[str, tuple[str, ...]], *, owner_of: str = ""
) -> Span | None:
    """The subject a cue names in a sentence before ``start`` (at most :data:`_SCRIPT_BACK` back).

    A subject that ``owner_of``, the pronoun's description, names as its owner is passed over for
    the cue before it: ``这位北约秘书长`` (this NATO secretary general) is not ``北约``, whose cue
    reports ``斯托尔滕贝格说，…，北约…表示``; it is the person whose cue comes before.
    """
    floor = max(0, start - _SCRIPT_BACK)
    while start > floor:
        begin = _sentence_start(text, start - 1, _CJK_END)
        segment = _unquoted(text[begin : start - 1])
        found = _chinese_cue(segment, cues)
        while found is not None:
            words = _chinese_subject(text, begin, segment, found[0], cues)
            spoken = words is not None and not words.text.startswith(cues["pronouns"] + cues["addressed"])
            if words is not None and spoken and not (owner_of and words.text in owner_of):
                return words
            segment = segment[: found[0]]
            found = _chinese_cue(segment, cues)
        start = begin
    return None


_HANGUL = re.compile("[\uac00-\ud7a3]")


_KO_TOKEN = re.compile("[^\\s\u201c\u201d\"'.,()\u00b7]+")


_KO_TOPIC = ("\uc740", "\ub294")
"""The topic particles ``은`` and ``는``: the noun they end is who the sentence is about."""


_KO_SUBJECT = ("\uc774", "\uac00")
"""The subject particles ``이`` and ``가``, read as such only where no topic stands."""


_KO_TAIL = 40
"""Characters after a Korean quotative ending where its verb of saying is looked for."""


def _korean_said(
    text: str, raw: _Raw, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    """The cue and speaker of a quote in Korean, by its quotative ending and the marked noun.

    The ending follows the closing mark (``”라고 말했다``, ``”고 밝혔다``, ``”며``), its verb of
    saying after it; the speaker is the noun the topic particle marks (``김 장관은 “…”``), else a
    subject particle's, before the quote, or the marked noun between the ending and the verb
    (``”고 국방부는 밝혔다``); with none, or a pronoun (``그는``), the speaker of the quote before.
    A family name and an office alone (``김 장관``) stand for the full name written before with that office
    (``김용현 국방부장관``). ``None``: no quotative ending after the quote.
    """
    ending = next((e for e in cues["endings"] if text.startswith(e, raw.close_mark_end)), None)
    if ending is None:
        return None
    begin = raw.close_mark_end + len(ending)
    stop = min(
        [i for c in '.\n\u201c"' if (i := text.find(c, begin, begin + _KO_TAIL)) >= 0] or [begin + _KO_TAIL]
    )
    tokens = list(_KO_TOKEN.finditer(text, begin, min(stop, len(text))))
    verb = next((i for i, t in enumerate(tokens) if t.group().startswith(cues["verbs"])), None)
    if verb is not None:
        cue = _span(text, tokens[verb].start(), tokens[verb].end())
        between = [
            t
            for i, t in enumerate(tokens[:verb])
            if t.group().endswith(_KO_TOPIC + _KO_SUBJECT)
            and len(t.group()) > 1
            # "”며 기시다 수상이 … 타진해 왔다고 주장했습니다": a noun inside a clause reported after it
            and not any(u.group().endswith("\uace0") for u in tokens[i + 1 : verb])
        ]
        if between:
            marked = between[-1]
            return _Said(
                cue=cue,
                words=_korean_named(text, _span(text, marked.start(), marked.end() - 1), cues),
                where="script",
            )
    else:
        cue = _span(text, raw.close_mark_end, begin)
    start = _sentence_start(text, raw.open_mark, ".!?")
    words = _korean_subject(text, start, raw.open_mark, tuple(cues["titles"]))
    if words is None or words.text in cues.get("pronouns", ()):  # "그는 “…”고 덧붙였다": he, named before
        words = previous if previous is not None else _korean_subject_before(text, start, cues)
    return _Said(
        cue=cue, words=_korean_named(text, words, cues) if words is not None else None, where="script"
    )


def _before_korean_title(tokens: list["re.Match[str]"], at: int, titles: tuple[str, ...]) -> bool:
    """Whether a word stands right before a title (``김정은 총비서의``): its last syllable is a name's."""
    if at + 1 >= len(tokens):
        return False
    following = tokens[at + 1].group()
    return following.endswith(titles) or (following[-1] in _KO_ENDS and following[:-1].endswith(titles))


_KO_HONORIFICS = frozenset({"\uc528"})
"""Korean honorifics written as a word of their own after a name (``김여정 씨``): the name goes with them."""


_KO_SENTENCES_BACK = 3
"""Sentences before a Korean quote with no subject where the one who speaks is looked for."""


def _korean_subject_before(text: str, start: int, cues: Mapping[str, tuple[str, ...]]) -> Span | None:
    """The marked noun of the nearest of the sentences before ``start`` that has one, with no quote before.

    ``김여정 씨가 25일 … 담화를 발표했습니다. 담화에서는 “…”며``: the statement's words with
    its author left unsaid are the author's, the subject of a sentence before.
    """
    end = start
    for _ in range(_KO_SENTENCES_BACK):
        end = len(text[:end].rstrip(" \t\n.!?"))
        if end <= 0:
            return None
        begin = _sentence_start(text, end, ".!?")
        words = _korean_subject(text, begin, end, tuple(cues["titles"]))
        if words is not None and words.text not in cues.get("pronouns", ()):
            return words
        end = begin
    return None


def _korean_subject(text: str, start: int, end: int, titles: tuple[str, ...] = ()) -> Span | None:
    """The noun a topic particle marks in the Korean sentence between ``start`` and ``end``, else a subject's.

    The words before the marked one stand in its noun phrase when they open the sentence
    (``김 장관은``: ``김 장관``), and a name right before a marked title (``titles``) stands in it
    wherever it is (``… 15일 기시다 후미오 총리는``).
    """
    segment = _unquoted(text[start:end])
    tokens = [t for t in _KO_TOKEN.finditer(segment) if _HANGUL.match(t.group())]
    for particles in (_KO_TOPIC, _KO_SUBJECT):
        for i, token in enumerate(tokens):
            word = token.group()
            also = particles == _KO_TOPIC and word.endswith(_KO_ALSO) and word[:-1].endswith(titles)
            if (
                (word.endswith(particles) or also)  # "스가 관방장관도": the title *also* is a topic
                and len(token.group()) > 1
                and not token.group()[:-1].endswith(_KO_ADVERBIAL)  # "담화에서는", "납치문제에 대해서는"
                and not _before_korean_title(tokens, i, titles)  # "김정은 총비서의": a name, not a topic
            ):
                opening = i < _KO_PHRASE or _titled_opening(segment, tokens, i, titles)
                first = tokens[0] if opening else _korean_titled(segment, tokens, i, titles)
                if opening:  # "앞서 스가 장관은": a word ending as an adverb or a particle opens no noun
                    kept = [t for t in tokens[:i] if t.group()[-1] not in _KO_OPENER_ENDS]
                    first = kept[0] if kept else first  # "김민서 장관은": a name stays
                return _span(text, start + first.start(), start + token.end() - 1)
    return None


_KO_ADVERBIAL = (
    "\uc5d0\uc11c",
    "\ud574\uc11c",
    "\uc5d0\uac8c",
    "\uc5d0",
    "\ub410\ub2e4",
    "\ud588\ub2e4",
    "\uc5c8\ub2e4",
    "\uc558\ub2e4",
    "\ud55c\ub2e4",
    "\ub41c\ub2e4",
)
"""Endings of a Korean word that make it a place, a time or a matter, not who speaks, even with a topic
particle after them: ``에서`` (in), ``대해서`` (about), ``에게`` (to), ``에`` (at), and a verb's
*that* (``해결됐다는``, ``했다는``)."""


_KO_ENDS = frozenset("에를을의로서면고며도와과게한된인던은는이가")
"""Last syllables of a Korean word that end it with a particle or a verb's ending (``에``, ``를``,
``의``, ``고``, ``한`` …): such a word is no part of the noun phrase after it."""


_KO_OPENER_ENDS = (_KO_ENDS - {"\uc740", "\ub294", "\uc774", "\uac00", "\ub3c4"}) | {
    "\uc11c",
    "\ud788",
    "\uc5b4",
}
"""Last syllables of a word before a Korean subject that make it no part of the subject's noun
phrase: a particle's or a verb's ending, or an adverb's (``앞서``, ``또한``, ``특히``, ``이어``). The endings
of a topic, a subject or *also* are left out: a name may end so (``스가``, ``고노``)."""


_KO_NAME_WORDS = 2
"""Words at most of a name before a Korean title (``기시다 후미오 총리``)."""


def _titled_opening(segment: str, tokens: list["re.Match[str]"], at: int, titles: tuple[str, ...]) -> bool:
    """Whether the sentence opens with a name and the title it marks, a gloss and a country between.

    ``스가 요시히데(菅義偉) 일본 관방장관은``: the words before the marked title (the bracketed gloss
    already left off), after the first, end in no particle, and run no longer than a name and a title's words
    (:data:`_KO_PHRASE` and :data:`_KO_NAME_WORDS`): one noun phrase, the name first. A word glossed
    with its characters in brackets (``고노 다로(河野太郞)``) is a name, whatever syllable ends it.
    """
    marked = tokens[at].group()[:-1]
    return (
        marked.endswith(titles)
        and at <= _KO_PHRASE + _KO_NAME_WORDS - 1
        # "스가": a name may end as a particle
        and all(t.group()[-1] not in _KO_ENDS or _KO_GLOSS.match(segment, t.end()) for t in tokens[1:at])
    )


def _korean_titled(
    segment: str, tokens: list["re.Match[str]"], at: int, titles: tuple[str, ...]
) -> "re.Match[str]":
    """The first word of the noun phrase a title marked with a particle ends: its holder's name.

    ``외신 등에 따르면 15일 기시다 후미오 총리는``: the title's noun phrase is ``기시다 후미오
    총리``, the name's words right before the title, with nothing but a space between and no
    particle ending them; a word that is no title keeps its own.
    """
    marked = tokens[at].group()[:-1]
    if not marked.endswith(titles) and marked not in _KO_HONORIFICS:  # "김여정 씨가": the honorific's name
        return tokens[at]
    first = at
    reach = 1 if marked in _KO_HONORIFICS else _KO_NAME_WORDS  # "여동생 김여정 씨": the name is one word
    while (
        first > 0
        and at - first < reach
        and _KO_GAP.fullmatch(segment, tokens[first - 1].end(), tokens[first].start()) is not None
        and (
            tokens[first - 1].group()[-1] not in _KO_ENDS or _KO_GLOSS.match(segment, tokens[first - 1].end())
        )
    ):
        first -= 1
    return tokens[first]


_KO_GLOSS = re.compile("\\([\u3400-\u9fff]{1,8}\\)")
"""A name's characters in brackets right after it, as Korean papers gloss one: ``요시히데(菅義偉)``."""


_KO_GAP = re.compile("[ \t]*(?:\\([\u3400-\u9fff]{1,8}\\)[ \t]*)?")
"""What may stand between the words of a noun phrase: a space, and a name's gloss in brackets."""


_KO_ALSO = "\ub3c4"
"""The particle ``도`` (*also*), which marks a topic too when it ends a title (``관방장관도``)."""


_KO_PHRASE = 3
"""Tokens at most that open a Korean sentence as one noun phrase before its topic particle."""


def _korean_named(text: str, words: Span, cues: Mapping[str, tuple[str, ...]]) -> Span:
    """The full name written before for a family name and an office alone (``김 장관``), else ``words``."""
    parts = words.text.split()
    if len(parts) == 1:
        return _korean_compound(text, words)
    if len(parts) != 2 or len(parts[0]) != 1 or not parts[1].endswith(cues["titles"]):
        return words
    office = next(t for t in cues["titles"] if parts[1].endswith(t))
    floor = max(0, words.start - _FULL_NAME_WINDOW)
    found = None
    for match in re.finditer(
        re.escape(parts[0])
        + "[\uac00-\ud7a3]{1,3}(?=[ \t]+(?:[\uac00-\ud7a3]+[ \t]+)?[\uac00-\ud7a3]*"
        + re.escape(office)
        + ")",
        text[floor : words.start],
    ):
        found = match
    return words if found is None else _span(text, floor + found.start(), floor + found.end())


_KO_COMPOUND_HEAD = 6
"""Syllables at most before a Korean noun in a compound that ends with it (``마이니치``, ``신문``)."""


def _korean_compound(text: str, words: Span) -> Span:
    """The compound written before that a one-word noun ends, which the noun stands for, else ``words``.

    ``마이니치신문은 …. 신문은 "…"``: *the newspaper* is the Mainichi newspaper named before; the
    compound is one word that ends with the noun (then a particle or a space), the last one before.
    """
    if len(words.text) < 2:
        return words
    floor = max(0, words.start - _FULL_NAME_WINDOW)
    found = None
    for match in re.finditer(
        f"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{{1,{_KO_COMPOUND_HEAD}}}{re.escape(words.text)}",
        text[floor : words.start],
    ):
        found = match
    return words if found is None else _span(text, floor + found.start(), floor + found.end())


_ARABIC_TOKEN = re.compile(r"\S+")


_ARABIC_TRIM = '\u060c\u061b:,."\u201c\u201d\u00ab\u00bb()'


_ARABIC_MARKS = re.compile("[\u064b-\u0650\u0652\u0640]")
"""Arabic vowel marks and the tatweel, which a verb may carry or not (``قَال`` is ``قال``); not the
shadda, which may tell one verb from another (``ذكّر``, *reminded*, is not ``ذكر``, *mentioned*)."""


def _arabic_verb(token: str, verbs: tuple[str, ...]) -> bool:
    bare = _ARABIC_MARKS.sub("", token.strip(_ARABIC_TRIM))
    return bare in verbs or (bare[:1] in {"\u0648", "\u0641"} and bare[1:] in verbs)


def _arabic_said(
    text: str, raw: _Raw, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    start = max(text.rfind(c, 0, raw.open_mark) for c in ".\n\u061f!") + 1
    closed = _MARK.search(text[start : raw.open_mark][::-1])
    if _arabic_name_after_noun(text, raw, start, cues, quoted_before=closed is not None):
        return None
    if closed is not None:  # a quote before in the sentence ends the clause: "…"، وقالت: "…"
        clause = list(_ARABIC_TOKEN.finditer(text, raw.open_mark - closed.start(), raw.open_mark))
        if any(_arabic_verb(t.group(), cues["before"]) for t in clause):
            start = raw.open_mark - closed.start()
    tokens = list(_ARABIC_TOKEN.finditer(text, start, raw.open_mark))
    verbs = [i for i, t in enumerate(tokens) if _arabic_verb(t.group(), cues["before"])]
    if not verbs:
        return None
    first = verbs[0] if verbs[0] < _ARABIC_OPENING else verbs[-1]  # the main verb opens the sentence
    embedded = _arabic_embedded(text, tokens, verbs, first, cues)
    if embedded is not None:
        return embedded
    named = tokens[-1].group().strip(_ARABIC_TRIM) if tokens else ""
    if named in cues["names_after"] and len(_words(text[raw.start : raw.end])) <= 3:
        return None  # a name after the noun it names: وفقا قناة "ان اتش كي"
    cue = _span(text, tokens[first].start(), tokens[first].end())
    subject, ended = _arabic_subject(text, tokens[first + 1 :], cues)
    if (
        not ended
        and len(_words(text[raw.start : raw.end])) <= 3
        and text[raw.close_mark_end : raw.close_mark_end + 2].strip(" ")[:1].isalpha()
    ):
        return None  # a name quoted in the subject: وقال وزير الدفاع "تارو كونو" خلال …
    if subject is None:
        subject = previous or _arabic_subject_before(text, start, cues)
    elif _arabic_description(subject.text, cues):  # "وأضافت المتحدثة الصينية": the spokeswoman named before
        subject = _arabic_named_before(text, start, cues) or subject
    reported = ended and _in_arabic_reported_clause(text, raw, tokens[first + 1 :], cues)
    return _Said(cue=cue, words=subject, where="script" if reported else "before")


_ARABIC_REPORTED_WORDS = 10
"""Words at most between the *that* of an Arabic verb of saying and a short quote in what it reports."""


def _in_arabic_reported_clause(
    text: str, raw: _Raw, tokens: list[re.Match[str]], cues: Mapping[str, tuple[str, ...]]
) -> bool:
    """Whether a short quote stands in what an Arabic verb of saying reports, a few words after *that*.

    ``أفادت وزارة الدفاع الصينية الخميس بأنّ تصاعد التوترات … يعزى إلى "استفزازات" تقوم بها مانيلا``:
    the one word quoted in what the ministry said is its word, as a partial quote after *said that*
    is in English. Words quoted again elsewhere in the text, once is enough (``حلف "الناتو"`` in the
    headline), are a term or a name.
    """
    quoted = text[raw.start : raw.end]
    if not 0 < len(_words(quoted)) <= _MAX_TERM_WORDS:
        return False
    again = re.compile('["\u201c\u00ab]' + re.escape(quoted) + '["\u201d\u00bb]')
    if any(m.start() != raw.open_mark for m in again.finditer(text)):
        return False
    that = [
        i
        for i, t in enumerate(tokens)
        if _ARABIC_MARKS.sub("", t.group().strip(_ARABIC_TRIM)) in cues["that"]
    ]
    if not that:
        return False
    between = tokens[that[-1] + 1 :]
    return len(between) <= _ARABIC_REPORTED_WORDS and not any(t.group()[-1:] in ".\u061f!:" for t in between)


def _arabic_embedded(
    text: str, tokens: list[re.Match[str]], verbs: list[int], first: int, cues: Mapping[str, tuple[str, ...]]
) -> _Said | None:
    """The cue and subject of a clause that ``أن`` opens inside the sentence, when its verb ends it.

    ``وذكرت وكالة بلومبرج أن النائبة … روي ماتسوكاوا قالت "…"``: the agency reports what the
    deputy said; the quote is hers. In the clause the subject stands before its verb.
    """
    last = verbs[-1]
    if last == first or len(tokens) - last > _ARABIC_CUE_REACH:
        return None
    joins = [
        i
        for i in range(first + 1, last)
        if tokens[i].group().strip(_ARABIC_TRIM) in WORDS.arabic_complementizers
    ]
    if not joins or last - joins[-1] < _ARABIC_MIN_SUBJECT:
        return None
    begin, end = tokens[joins[-1] + 1], tokens[last - 1]
    subject = _span(
        text, begin.start(), end.end() - (len(end.group()) - len(end.group().rstrip(_ARABIC_TRIM)))
    )
    if not _ARABIC_LETTER.match(subject.text) or subject.text.strip(_ARABIC_TRIM) in cues["stops"]:
        return None
    return _Said(cue=_span(text, tokens[last].start(), tokens[last].end()), words=subject, where="before")


_ARABIC_NAME_WORDS = 3
"""Words at most of a quoted name or term that follows the noun it names in Arabic."""


def _arabic_name_after_noun(
    text: str, raw: _Raw, start: int, cues: Mapping[str, tuple[str, ...]], *, quoted_before: bool
) -> bool:
    """Whether short quoted Arabic words name what the noun right before them is.

    ``صرح المتحدث "قنغ شوانغ" فى مؤتمر``, ``المناورات العسكرية الروسية "الشرق -2018" التي``,
    ``منذ فترة "الحرب الباردة"``: a noun (no verb of saying, no *that*, no preposition, no colon or
    comma) right before the marks, definite with the quoted words opening with no preposition, or
    before quoted words that open with the article, and the sentence going on after them or a
    quote before them in the sentence, make the quoted words a name or a term.
    """
    if len(_words(text[raw.start : raw.end])) > _ARABIC_NAME_WORDS:
        return False
    before = list(_ARABIC_TOKEN.finditer(text, start, raw.open_mark))
    if not before:
        return False
    last = before[-1].group()
    bare = last.strip(_ARABIC_TRIM)
    if (
        last[-1:] in ":\u060c,"
        or not _ARABIC_LETTER.match(bare)
        or _arabic_verb(last, cues["before"])
        or bare in WORDS.arabic_complementizers
        or bare in cues["stops"]
    ):
        return False
    quoted = text[raw.start : raw.end].strip()
    definite = quoted.startswith(_ARABIC_DEFINITE)  # "فترة "الحرب الباردة"": a noun and its name
    named = bare.startswith(_ARABIC_DEFINITE) and not quoted.startswith(_ARABIC_CLITICS)
    goes_on = _ARABIC_LETTER.match(text[raw.close_mark_end : raw.close_mark_end + 2].strip(" ")) is not None
    return (definite or named) and (goes_on or quoted_before)


_ARABIC_DEFINITE = "\u0627\u0644"
"""The article ``ال``."""


_ARABIC_CLITICS = ("\u0628", "\u0644", "\u0643")
"""``ب``, ``ل``, ``ك``: prepositions written onto the word after them (``"بطريق السلام"``: a phrase the
noun before governs, not its name)."""


_ARABIC_CUE_REACH = 2
"""Tokens at most between an embedded clause's verb of saying and the quote it opens."""


_ARABIC_MIN_SUBJECT = 2
"""How far a clause's verb stands after its ``أن`` at least: one word of subject between them."""


def _arabic_subject(
    text: str, tokens: list[re.Match[str]], cues: Mapping[str, tuple[str, ...]]
) -> tuple[Span | None, bool]:
    """The words after an Arabic verb of saying that name who speaks, and whether they end there."""
    taken: list[re.Match[str]] = []
    ended = False
    for token in tokens[:9]:
        bare = token.group().strip(_ARABIC_TRIM)
        if not bare or bare in cues["stops"] or not _ARABIC_LETTER.match(bare):
            ended = True
            break
        taken.append(token)
        if token.group()[-1:] in "\u060c:,":
            ended = True
            break
    else:
        ended = len(tokens) > 9
    if not taken:
        return None, True
    apposed = _arabic_apposed(tokens[len(taken) :], cues) if taken[-1].group()[-1:] in "\u060c," else None
    head = taken[0].group().strip(_ARABIC_TRIM)
    words = [t.group().strip(_ARABIC_TRIM) for t in taken]
    titled = head in cues.get("titles", ()) and _arabic_definite_title(words)
    if apposed is not None and (head.startswith(_ARABIC_DEFINITE) or titled):
        taken = apposed  # "أكّد المتحدث باسم وزارة الدفاع الصينية، تان كيفي، أنّ": the name set off
    first, last = taken[0], taken[-1]
    begin = first.start() + len(first.group()) - len(first.group().lstrip(_ARABIC_TRIM))
    end = last.end() - (len(last.group()) - len(last.group().rstrip(_ARABIC_TRIM)))
    return _span(text, begin, end), ended


_ARABIC_APPOSED_WORDS = 3
"""Words at most of a name set off by commas after an Arabic definite title."""


def _arabic_apposed(
    tokens: list[re.Match[str]], cues: Mapping[str, tuple[str, ...]]
) -> list[re.Match[str]] | None:
    """A name set off by commas right after a definite title that follows an Arabic verb of saying.

    Its words, of :data:`_ARABIC_APPOSED_WORDS` at most, carry no article (``ال``), are no stop
    word, and the last ends with a comma; None otherwise.
    """
    name: list[re.Match[str]] = []
    for token in tokens[:_ARABIC_APPOSED_WORDS]:
        bare = token.group().strip(_ARABIC_TRIM)
        if (
            not bare
            or not _ARABIC_LETTER.match(bare)
            or bare in cues["stops"]
            or bare.startswith("\u0627\u0644")
        ):
            return None
        name.append(token)
        if token.group()[-1:] in "\u060c,":
            return name
    return None


_ARABIC_OPENING = 3
"""Tokens at the start of an Arabic sentence where its main verb stands."""


def _arabic_subject_before(text: str, start: int, cues: Mapping[str, tuple[str, ...]]) -> Span | None:
    """The subject of a verb of saying that opens a sentence before ``start``."""
    floor = max(0, start - _SCRIPT_BACK)
    tokens = list(_ARABIC_TOKEN.finditer(text, floor, start))
    for i in range(len(tokens) - 1, -1, -1):
        opening = [
            t
            for t in tokens[max(0, i - _ARABIC_OPENING) : i]
            if re.search(r"[.\n\u061f!]", text[t.end() : tokens[i].start()])
        ]
        sentence_start = (
            i == 0
            or bool(opening)
            or bool(
                re.search(
                    r"[.\n\u061f!:]",
                    text[tokens[i - 1].end() : tokens[i].start()] + tokens[i - 1].group()[-1:],
                )
            )
        )
        if sentence_start and _arabic_verb(tokens[i].group(), cues["before"]):
            subject, _ = _arabic_subject(text, tokens[i + 1 :], cues)
            if subject is not None:
                return subject
    return None


def _arabic_described(bare: str, cues: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an Arabic word describes rather than names: it has the article, or is a title's noun."""
    return bare.startswith(_ARABIC_DEFINITE) or bare in cues.get("titles", ()) or bare in cues["names_after"]


def _arabic_description(words: str, cues: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an Arabic subject is a title and its words alone, with no name: ``المتحدثة الصينية``."""
    tokens = [t.strip(_ARABIC_TRIM) for t in words.split()]
    return _arabic_definite_title(tokens) and all(_arabic_described(t, cues) for t in tokens)


def _arabic_definite_title(tokens: list[str]) -> bool:
    """Whether Arabic words open with a definite noun.

    With the article (``المتحدثة``), or a noun the next word, with the article, makes definite
    (``وزير الدفاع``); not ``متحدث باسم …``, *a* spokesman.
    """
    return bool(tokens) and (
        tokens[0].startswith(_ARABIC_DEFINITE) or (len(tokens) > 1 and tokens[1].startswith(_ARABIC_DEFINITE))
    )


def _arabic_name_in(text: str, subject: Span, cues: Mapping[str, tuple[str, ...]]) -> Span | None:
    """The name that ends an Arabic subject opened by a title: ``ماو نينغ`` of ``المتحدثة … ماو نينغ``."""
    tokens = list(_ARABIC_TOKEN.finditer(text, subject.start, subject.end))
    name: list[re.Match[str]] = []
    for token in reversed(tokens):
        if _arabic_described(token.group().strip(_ARABIC_TRIM), cues):
            break
        name.insert(0, token)
    if not name or len(name) == len(tokens) or len(name) > _ARABIC_APPOSED_WORDS:
        return None
    end = name[-1].end() - (len(name[-1].group()) - len(name[-1].group().rstrip(_ARABIC_TRIM)))
    return _span(text, name[0].start(), end)


def _arabic_named_before(text: str, start: int, cues: Mapping[str, tuple[str, ...]]) -> Span | None:
    """The name of the last speaker before ``start`` whom a verb of saying gave with a title and a name.

    ``قالت المتحدثة باسم الخارجية الصينية ماو نينغ، …`` and, later, ``وأضافت المتحدثة الصينية: "…"``:
    the description stands for Mao Ning. Within :data:`_FULL_NAME_WINDOW` characters; None when no
    such subject stands there.
    """
    tokens = list(_ARABIC_TOKEN.finditer(text, max(0, start - _FULL_NAME_WINDOW), start))
    for i in range(len(tokens) - 1, -1, -1):
        if _arabic_verb(tokens[i].group(), cues["before"]):
            subject, _ = _arabic_subject(text, tokens[i + 1 :], cues)
            if subject is not None and subject.end <= start and not _arabic_description(subject.text, cues):
                return _arabic_name_in(text, subject, cues)
    return None
