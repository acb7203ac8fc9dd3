"""find_quotes: the gender a pronoun's antecedent is given is read in the text before the quote."""

import pytest

from quote_cases import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Andrea Conti arrivò a Roma lunedì. «Siamo pronti a firmare l'accordo», ha detto lei.\n\n"
                "Più tardi il ministro Conti parlò del viaggio."
            ),
            "Andrea Conti",
        ),
        (
            (
                "Camille Martin est arrivée lundi. « Nous sommes prêts à signer l'accord », a-t-elle dit.\n\n"
                "Plus tard, le ministre Martin a parlé du voyage."
            ),
            "Camille Martin",
        ),
    ],
)
def test_a_title_given_after_the_quote_does_not_pass_the_name_over(text, speaker):
    assert [words for _, words in speakers(text, ())] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Camille Dubois a rencontré le ministre Martin lundi. Martin est arrivé à Paris. "
                "« Nous sommes prêts à signer l'accord », a-t-elle dit."
            ),
            "Camille Dubois",
        ),
        (
            (
                "Andrea Conti ha incontrato il ministro Rossi lunedì. Rossi è arrivato a Roma. "
                "«Siamo pronti a firmare l'accordo», ha detto lei."
            ),
            "Andrea Conti",
        ),
    ],
)
def test_a_title_given_before_the_quote_passes_the_name_over(text, speaker):
    assert [words for _, words in speakers(text, ())] == [speaker]
