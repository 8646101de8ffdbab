"""A text browser that reads nothing from outside the text it shows.

Qt's rich-text views load the images (and style sheets) that their HTML names: local
files, ``qrc:`` resources, anything relative to the working folder. Everything the app
shows in one passes :func:`civicquiz.core.html_clean.clean_html` first; this is the second
wall, at the renderer: the only resource it will give Qt is a raster image embedded in
the text as a ``data:`` URL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget


def embedded_image(url: QUrl) -> QImage | None:
    """The image a ``data:`` URL holds, when it is a raster image within the limits."""
    from civicquiz.core.html_clean import raster_data_url

    if url.scheme() != "data":
        return None
    data = raster_data_url(url.toString())
    if data is None:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


class SafeTextBrowser(QTextBrowser):
    resource_refused = Signal(str)  # what the text asked for and did not get (its start)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        name = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = embedded_image(name)
            if image is not None:
                return image
        self.resource_refused.emit(name.toString()[:80])
        return None
