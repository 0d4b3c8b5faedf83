"""An invented news page as a text file, with the starts of its article's paragraphs."""

PAGE = """\
Sign in | Create an account
Home > World > Asia
The Harbour Gazette
Wednesday, 5 June 2024

Ferry operators agree to end three-week strike at Port Alden

By Mara Quist and Tobias Engel, Transport Correspondent
Passengers queue at the closed ferry terminal in this photo taken on Monday.
Harbour Gazette / J. Holm

PORT ALDEN (Reuters) - Ferry operators and the seafarers' union agreed on Tuesday to end a \
three-week strike that had cut the island off from the mainland, the labour ministry said.

The deal raises wages by 6 percent over two years, union leader Ines Varga told reporters.
Get the Harbour Briefing newsletter. By signing up you agree to our Terms of Use.
"We did not get everything, but we got enough," Varga said.

What happens next
Ferries will resume a reduced timetable on Thursday and a full one from next week.

Related
Island shops count the cost of the ferry strike
Shopkeepers on Alden say the strike cost them a month of summer trade and...
Advertisement
The ministry said talks on pensions would continue in the autumn.
Share on Facebook | Share on X | Email
Tags: ferry, strike, Port Alden
12 comments
Leave a reply
ferrywatcher says: about time too
© 2024 The Harbour Gazette. All rights reserved.
"""

ARTICLE_STARTS = (
    "PORT ALDEN (Reuters) - Ferry operators",
    "The deal raises wages",
    '"We did not get',
    "What happens next",
    "Ferries will resume",
    "The ministry said talks",
)
