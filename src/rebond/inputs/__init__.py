"""What readers type, read into structured values, before any language places them in text.

These modules know no language of their own: they recognise marks that readers type whatever
the message's language (a title in a name field, an ad's "(H/F)", an inclusive ending,
straight quotes). Each language pack's grammar then writes the values in its own words
(:mod:`rebond.locales`).

- :mod:`.inclusive`: "chargé(e)", "développeur·se", "infirmier/ère" -> masculine and feminine forms;
- :mod:`.names`: "Mme Zoé MARTIN" -> a title, a given name and a surname, in normal case;
- :mod:`.job_titles`: "Chargé(e) de communication (H/F) - CDI" -> the title without ad marks;
- :mod:`.text`: typed text tidied (apostrophes, quotes, repeated punctuation, spaces).
"""
