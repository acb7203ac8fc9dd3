# The public names of japan_nato_corpus, listed once. Type checkers read this stub
# instead of __init__.py; __init__.py reads it at run time for __all__, dir() and
# where to import each name from on first use (lazy_loader's attach_stub pattern).

from .corpus import Corpus as Corpus
from .dates import DateMatch as DateMatch
from .dates import RelativeMatch as RelativeMatch
from .dates import find_dates as find_dates
from .dates import find_relative_dates as find_relative_dates
from .dates import parse_date as parse_date
from .dates import resolve_relative as resolve_relative
from .errors import AmbiguousNameError as AmbiguousNameError
from .errors import ArgumentError as ArgumentError
from .errors import ArgumentTypeError as ArgumentTypeError
from .errors import CorpusError as CorpusError
from .errors import DanglingReferenceError as DanglingReferenceError
from .errors import DuplicateIdError as DuplicateIdError
from .errors import DuplicateKeyError as DuplicateKeyError
from .errors import EncodingError as EncodingError
from .errors import EvidenceMismatchError as EvidenceMismatchError
from .errors import FieldValueError as FieldValueError
from .errors import HashMismatchError as HashMismatchError
from .errors import IntegrityError as IntegrityError
from .errors import InvalidValueError as InvalidValueError
from .errors import JSONSyntaxError as JSONSyntaxError
from .errors import MissingFieldError as MissingFieldError
from .errors import MissingFileError as MissingFileError
from .errors import NotACorpusError as NotACorpusError
from .errors import ParseError as ParseError
from .errors import SchemaError as SchemaError
from .errors import UnknownFieldError as UnknownFieldError
from .errors import UnknownIdError as UnknownIdError
from .errors import UnsafePathError as UnsafePathError
from .integrity import check as check
from .model import Actor as Actor
from .model import ActorKind as ActorKind
from .model import Agreement as Agreement
from .model import AgreementKind as AgreementKind
from .model import Alias as Alias
from .model import Article as Article
from .model import Boilerplate as Boilerplate
from .model import BoilerplateKind as BoilerplateKind
from .model import Caption as Caption
from .model import Comment as Comment
from .model import Conflict as Conflict
from .model import Credit as Credit
from .model import CreditRole as CreditRole
from .model import Document as Document
from .model import Event as Event
from .model import EventKind as EventKind
from .model import Evidence as Evidence
from .model import Footnote as Footnote
from .model import Manifest as Manifest
from .model import Mention as Mention
from .model import Modality as Modality
from .model import Office as Office
from .model import PartialDate as PartialDate
from .model import Participant as Participant
from .model import ParticipantRole as ParticipantRole
from .model import PloverCategory as PloverCategory
from .model import Precision as Precision
from .model import Reading as Reading
from .model import RelativeDate as RelativeDate
from .model import Span as Span
from .parse import parse_article as parse_article
from .records import Actors as Actors
from .records import Agreements as Agreements
from .records import Articles as Articles
from .records import DateBound as DateBound
from .records import Events as Events
from .records import Records as Records
from .search import Hit as Hit
from .storage import load as load
from .storage import save as save

CORPUS_VERSION: str
__version__: str
