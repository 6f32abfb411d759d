# SPDX-License-Identifier: MIT
"""The real names, places and calendar words the generated datasets are made of."""

from __future__ import annotations

from typing import Final

__all__ = ["MONTHS", "PEOPLE", "PLACES", "ROLES", "WEEKDAYS"]

#: (English, native, language, family, given): real names, so drawn data reads like the real thing.
PEOPLE: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    ("To Lam", "Tô Lâm", "vi", "Tô", "Lâm"),
    ("Pham Minh Chinh", "Phạm Minh Chính", "vi", "Phạm", "Chính"),
    ("Tran Thanh Man", "Trần Thanh Mẫn", "vi", "Trần", "Mẫn"),
    ("Nguyen Thi Huong", "Nguyễn Thị Hương", "vi", "Nguyễn", "Hương"),
    ("Le Duc Thang", "Lê Đức Thắng", "vi", "Lê", "Thắng"),
    ("Thongloun Sisoulith", "ທອງລຸນ ສີສຸລິດ", "lo", "Sisoulith", "Thongloun"),
    ("Sonexay Siphandone", "ສອນໄຊ ສີພັນດອນ", "lo", "Siphandone", "Sonexay"),
    ("Xaysomphone Phomvihane", "ໄຊສົມພອນ ພົມວິຫານ", "lo", "Phomvihane", "Xaysomphone"),
    ("Bounnhang Vorachith", "ບຸນຍັງ ວໍລະຈິດ", "lo", "Vorachith", "Bounnhang"),
)
#: (English, Vietnamese, Lao).
PLACES: Final[tuple[tuple[str, str, str], ...]] = (
    ("Vientiane", "Viêng Chăn", "ວຽງຈັນ"),
    ("Hanoi", "Hà Nội", "ຮ່າໂນ້ຍ"),
    ("Luang Prabang", "Luông Pha Băng", "ຫຼວງພະບາງ"),
    ("Da Nang", "Đà Nẵng", "ດານັງ"),
)
MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The offices people hold in a generated dataset: key, (English title, Vietnamese title).
ROLES: Final = {
    "gs": ("General Secretary", "Tổng Bí thư"),
    "pm": ("Prime Minister", "Thủ tướng"),
}
