# SPDX-License-Identifier: MIT
"""
The words the checker's readers use, and the patterns built from them.
"""

from __future__ import annotations

import re
from typing import Final

__all__: list[str] = []

# =========================================================================== vocabularies
# Words the checker interprets, with English glosses for the Vietnamese and Lao ones.
# Role words: which role a title names ("" is a head of a body: "Chairman of ...").
_ROLE_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("PM", "prime-minister"),
    ("Premier", "prime-minister"),
    ("State President", "president"),
    ("Secretary General", "general-secretary"),
    ("Secretary-General", "general-secretary"),
    ("Party chief", "general-secretary"),
    ("NA Chairman", "national-assembly-chairman"),
    ("NA Chairwoman", "national-assembly-chairman"),
    ("National Assembly President", "national-assembly-chairman"),
    ("National Assembly Chairwoman", "national-assembly-chairman"),
    ("FM", "foreign-minister"),
    ("Minister of Foreign Affairs", "foreign-minister"),
    ("Chairman", ""),
    ("Chairwoman", ""),
    ("Chair", ""),
    ("Thủ tướng Chính phủ", "prime-minister"),  # Prime Minister (of the Government)
    ("Chủ tịch", ""),  # chairman, president (of a body)
    ("ນາຍົກລັດຖະມົນຕີ", "prime-minister"),  # Prime Minister
    ("ປະທານປະເທດ", "president"),  # President (of the State)
    ("ເລຂາທິການໃຫຍ່", "general-secretary"),  # General Secretary
    ("ປະທານສະພາແຫ່ງຊາດ", "national-assembly-chairman"),  # President of the National Assembly
    ("ປະທານ", ""),  # president, chairman
)
#: A head ("Chairman of ...", "President of ...") is the role of the body it heads.
_HEAD_OF_ORG_KIND: Final = {
    "national-assembly": "national-assembly-chairman",
    "front": "front-president",
    "state": "president",
    "government": "prime-minister",
}
# Words for events: which kinds of event they name.
_CUE_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("talks", ("talks",)),
    ("held talks", ("talks",)),
    ("meeting", ("meeting", "party-meeting", "committee-session")),
    ("meetings", ("meeting", "party-meeting", "committee-session")),
    ("met", ("meeting", "talks", "courtesy-visit")),
    ("high-level meeting", ("party-meeting",)),
    ("annual meeting", ("party-meeting",)),
    ("summit", ("meeting", "party-meeting")),
    ("visit", ("state-visit", "official-visit", "courtesy-visit")),
    ("visits", ("state-visit", "official-visit", "courtesy-visit")),
    ("visited", ("state-visit", "official-visit", "courtesy-visit")),
    # news call a state visit official and the other way round: the kind is no reason to miss the visit
    ("state visit", ("state-visit", "official-visit")),
    ("official visit", ("official-visit", "state-visit")),
    ("courtesy visit", ("courtesy-visit",)),
    ("welcome ceremony", ("welcome-ceremony",)),
    ("welcoming ceremony", ("welcome-ceremony",)),
    ("briefing", ("briefing",)),
    ("briefing session", ("briefing",)),
    ("signing", ("signing", "document-exchange")),
    ("signing ceremony", ("signing", "document-exchange")),
    ("signed", ("signing",)),
    ("exchange of documents", ("document-exchange", "signing")),
    ("national day ceremony", ("national-day-ceremony",)),
    ("national day celebration", ("national-day-ceremony",)),
    ("wreath", ("wreath-laying",)),
    ("wreaths", ("wreath-laying",)),
    ("inauguration", ("inauguration",)),
    ("inaugurated", ("inauguration",)),
    ("speech", ("speech",)),
    ("policy speech", ("speech",)),
    ("congress", ("congress",)),
    ("ceremony", ("ceremony", "welcome-ceremony", "national-day-ceremony", "signing", "inauguration")),
    ("session", ("committee-session",)),
    ("hội đàm", ("talks",)),  # talks
    ("hội kiến", ("meeting",)),  # a call on a leader
    ("cuộc gặp", ("meeting", "party-meeting")),  # meeting
    ("gặp gỡ", ("meeting",)),  # meeting
    ("chuyến thăm", ("state-visit", "official-visit")),  # visit
    ("thăm cấp nhà nước", ("state-visit", "official-visit")),  # state visit
    ("thăm chính thức", ("official-visit", "state-visit")),  # official visit
    ("lễ đón", ("welcome-ceremony",)),  # welcome ceremony
    ("ký kết", ("signing",)),  # signing
    ("lễ ký", ("signing",)),  # signing ceremony
    ("đại hội", ("congress",)),  # congress
    ("kỳ họp", ("committee-session",)),  # session
    ("phát biểu", ("speech",)),  # speech
    ("khánh thành", ("inauguration",)),  # inauguration
)
_WEEKDAY_WORDS: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật",  # Monday … Sunday
)  # fmt: skip
_ORDINAL_WORDS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", "hundredth",
)  # fmt: skip
#: Heads of Vietnamese and Lao ordinals, which may be followed by a Roman numeral ("Đại hội XIV").
_ORDINAL_HEADS: Final = (
    "Đại hội",  # congress
    "khóa",  # term
    "khoá",  # term (old-style accent)
    "nhiệm kỳ",  # term of office
    "kỷ niệm",  # anniversary
    "kỳ họp",  # session
    "Hội nghị",  # conference, plenum
    "ຄົບຮອບ",  # anniversary
)
#: Words that make an amount next to metric words a target.
_TARGET_WORDS: Final = re.compile(
    r"\b(?:targets?|goals?|aims?|aiming|striv(?:e|es|ing)|rais(?:e|es|ing)|lift(?:s|ing)?|boost(?:s|ing)?"
    r"|push(?:es|ing)?|increas(?:e|es|ing)\s+\w+\s+to|set\s+to|mục\s+tiêu|phấn\s+đấu|nâng|đạt)\b",
    re.IGNORECASE,
)
#: Words of metrics the vocabulary's names miss: two-way trade, trade value.
_METRIC_EXTRA: Final = {"bilateral-trade-turnover": ("trade", "turnover", "kim ngạch", "thương mại")}
#: Before a title: it is not the role itself.
_NOT_THE_ROLE: Final = re.compile(r"(?:\b(?:Deputy|Vice|Acting|Standing|Permanent|Assistant|Phó|phó)[\s-]+)$")
_FORMER: Final = re.compile(r"(?:\b(?:former|late|ex|then|nguyên|cố)[\s-]+)$", re.IGNORECASE)
#: Country adjectives and words that may stand in a title ("Lao Party General Secretary").
_QUALIFIER: Final = re.compile(
    r"(?:\b(?P<q>Lao|Laotian|Laos['’]|Vietnamese|Vietnam['’]s|Việt\s+Nam|Lào|Party|State|the|top|then"
    r"|Đảng|Nhà\s+nước)\s+)$"
)
#: The last characters of the words of _QUALIFIER ("Lao", "Laos'", "Việt Nam"…).
_QUALIFIER_ENDS: Final = frozenset("on'’esmypgc")
_QUALIFIER_COUNTRY: Final = {
    "lao": "LA", "laotian": "LA", "laos'": "LA", "lào": "LA",
    "vietnamese": "VN", "vietnam's": "VN", "việt nam": "VN",
}  # fmt: skip
_JOIN: Final = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|cum\s+|và\s+|kiêm\s+)$")
_OF: Final = re.compile(r"^\s+(?:of|of\s+the|for|của|ຂອງ)\s+$")
#: Between the body a title names and the name: "(CPV)", "'s 14th Central Committee".
_TAIL: Final = re.compile(
    r"^(?:\s*\([^()\n]{1,24}\))?(?:['’]s)?(?:\s+(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][\w’'-]*))*\s+$"
)
_CAPITAL_WORDS: Final = re.compile(r"\s+([^\W\d_][\w’'-]*(?:\s[^\W\d_][\w’'-]*){0,4})")
_NOT_A_NAME: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "With",
        "From",
        "By",
        "As",
        "Is",
        "Was",
        "Has",
        "Had",
        "Who",
        "Said",
        "And",
        "But",
        "Or",
        "Party",
        "State",
        "Government",
        "National",
        "Assembly",
        "Front",
        "Committee",
        "Central",
        "Council",
        "Ministry",
    ]
)
_YEAR: Final = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
#: Words that say a congress is still to come.
_FUTURE: Final = re.compile(r"\b(?:upcoming|next|forthcoming|future|will|to be held|sắp|tới)\b", re.I)
#: Entries a checker's caches of judgments keep before they start again.
_CACHE_SIZE: Final = 50_000
#: How near in time (days) a recorded event must be to a stated date to be the one meant.
_EVENT_WINDOW: Final = 10
#: Windows closer than this (characters) are read as one.
_WINDOW: Final = 100
#: Characters before and after an anchor a parser may read: a date may start with a weekday
#: ("Wednesday, December 2"), an ordinal's noun may follow four words later, and horizon
#: words belong to an amount up to 80 characters before it and 60 after.
_REACHES: Final = {"date": (48, 72), "ordinal": (16, 96), "amount": (100, 100)}
#: What a line may end with when its sentence goes on in the next line.
_WRAPPING: Final = frozenset(",-–—(/&'’")
#: The shortest line read as hard-wrapped: text wrapped at 72 or 80 columns breaks later;
#: most headings are shorter.
_WRAPPED_LINE: Final = 60
#: The number of a list item ("2. ", "3) ", "iv. ").
_LIST_ITEM: Final = re.compile(r"(?:\d{1,3}|[ivx]{1,4}|[a-z])[.)]\s", re.IGNORECASE)
#: The marks that may end a sentence.
_MARK: Final = re.compile(r"[.!?\n]")
#: How far (in characters) a sentence is looked for either side of a finding.
_REACH: Final = 600
#: What may follow the mark that ends a sentence before the space: more marks, closing quotes.
_CLOSERS: Final = frozenset(".!?\"'”’)]»")
_ABBREVIATION: Final = re.compile(
    r"(?<![\w.])(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Mr|Mrs|Ms|Dr|St|Prof"
    r"|Gen|Lt|Col|Sen|Gov|vs|etc|e\.g|i\.e|U\.S|H\.E)$"
)
#: The last characters of the abbreviations, and a line break (before which "$" matches too).
_ABBREVIATION_ENDS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZbcefglnoprstv\n")
_CURRENCY_NEAR: Final = re.compile(r"US\$|\$|USD|VND|LAK|\bkip\b|dollars|đồng|đô[ -]la", re.IGNORECASE)
_CURRENCY_FOLDED: Final = re.compile(r"\$|usd|vnd|lak|kip|dollar|dong|do la|do-la")
_DATE_FOLDED: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fev|avr|mai|juil|aou|ngay|thang)|[0-9][/.-][0-9]"
)
#: The nouns an ordinal counts (vnla.lang.parsing reads no other), folded: "first" alone is no ordinal.
_ORDINAL_NOUN: Final = re.compile(
    r"anniversar|national day|congress|plan\b|committee|meeting|session|sitting|term\b|tenure"
    r"|national assembly|plenum"
)
#: After "Đại hội", "khóa", "kỷ niệm"…: up to four words, then a number (folded).
_HEAD_NUMBER: Final = re.compile(r"(?: [a-z]+){0,4}? (?:lan thu )?(?:[ivxlc]+|[0-9]{1,4})\b")
_ORDINAL_AFTER: Final = re.compile(
    r"(?:st|nd|rd|th)\b|\s+years?\s+(?:of|since)\b|\s+năm\s+[Đđ]ổi", re.IGNORECASE
)
_DATE_NEAR: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juil|août|déc|ngày|tháng|từ|năm)"
    r"|[\u0e80-\u0eff]|\d[/.-]\d",
    re.IGNORECASE,
)


_COUNTRY_WORD: Final = re.compile(r"\b(Lao|Laotian|Vietnamese|Việt\s+Nam|Lào)\b")
_LIST_SEP: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|và)\s+|\s*,\s*và\s+")
_NEXT_ELEMENT: Final = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*và\s+)(strategic\s+[^\W\d_]+|[^\W\d_]+\s+chiến\s+lược)",
    re.IGNORECASE,
)
