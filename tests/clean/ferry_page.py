"""The article body and address shared by the publication-date tests: three plain sentences of
a fictional harbour story, long enough for extraction to keep them as the article."""

BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "The ferry to Orsa sails again after the storm, the harbour office said on its board.",
        "About two hundred travellers had waited on the quay since early morning for it.",
        "The crossing was closed for three days because waves had damaged the landing stage.",
    )
)
URL = "https://harbour.example/news/ferry-sails-again"
