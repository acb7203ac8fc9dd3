"""find_quotes: in a sentence that ends with its verb, a name set off by a comma inside a list
(``Tekirdağ, Yalova, Bursa ve …``) is no subject; the name set off before the list is."""

from quote_cases import speakers


def test_a_turkish_list_of_places_is_passed_over_for_the_minister():
    text = (
        "Bakan Murat Demirci, depremin Manisa, Aydın, Muğla ve Denizli'de de hissedildiğini "
        'belirterek, "Şu ana kadar 40 artçı deprem meydana geldi." dedi.'
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Murat Demirci")


def test_the_first_item_of_a_list_is_passed_over_too():
    text = (
        "Bakan Murat Demirci, sarsıntının Manisa, Aydın ve Muğla'da hissedildiğini "
        'belirterek, "Hasar tespit çalışmaları sürüyor." dedi.'
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Murat Demirci")


def test_a_name_set_off_alone_is_still_the_subject():
    text = 'Depremi değerlendiren Vali Kemal Aksoy, "Şu ana kadar can kaybı yok." dedi.'
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Kemal Aksoy")
