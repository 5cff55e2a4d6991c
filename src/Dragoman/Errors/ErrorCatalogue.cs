using System.Globalization;

namespace Dragoman.Errors;

/// <summary>Every user-facing error message in one place, so wording stays consistent.</summary>
public static class ErrorCatalogue
{
    public static string DataLine(string file, int line, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {message}");

    public static string MassKillingKey(string key) => $"expected mass:CODE/MINIMUM (a CAMEO code and a number of victims), not '{key}'";

    public static string MissingDataFile(string path) => $"{path}: data file not found";

    public static string MissingDataDirectory(string path) =>
        $"{path}: data directory not found (set --data or DRAGOMAN_DATA to the folder holding cameo/, languages/, actors/)";

    public static string PipelineOrder(string stage, string missing) =>
        $"stage '{stage}' needs {missing}, which no earlier stage adds";

    public static string UnsupportedLanguage(string documentId, string language) =>
        $"{documentId}: detected language '{language}', which has no data (supported: it, en)";

    public static string UndetectedLanguage(string documentId) =>
        $"{documentId}: could not tell the language of the text; pass --lang";

    public static string MissingInput(string input) => $"{input}: no such file or directory";

    public static string EmptyInput(string input) => $"{input}: input is empty";

    public static string BinaryInput(string input) => $"{input}: input looks binary, not text";

    public static string BadEncoding(string input) => $"{input}: input is not valid UTF-8 text";

    public static string BadJsonLine(string input, int line, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{input}:{line}: bad JSON record: {reason}");

    public static string UnknownCameoCode(string code) => $"unknown CAMEO code '{code}'";

    public static string BadCodePoint(string field) =>
        $"'{field}' is not a code point: write U+XXXX (BMP) or U+XXXX..U+YYYY";

    public static string BadCharacterTarget(string field) =>
        $"'{field}' is not a replacement: write one character, U+XXXX, or 'remove'";

    public static string UnknownAbbreviationKind(string field) =>
        $"unknown abbreviation kind '{field}' (expected never-ends or may-end)";

    public static string AbbreviationWithoutStop(string field) =>
        $"abbreviation '{field}' must contain a full stop";

    public static string BadCodePointRange(string range) =>
        $"'{range}' is not a code-point range (expected hexadecimal like 0400-04FF, at most FFFF)";

    public static string BadLanguageList(string field) =>
        $"'{field}' is not a list of lower-case ISO 639 codes separated by ' | '";

    public static string TooManyScripts(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"more than {limit} scripts listed");

    public static string LanguageWithoutModel(string language, string scriptsFile) =>
        $"language '{language}' shares no script with another language in {scriptsFile}, so it needs no function words";

    public static string BadFunctionWord(string word, int maxLength) =>
        string.Create(CultureInfo.InvariantCulture, $"'{word}' is not a function word (letters only, at most {maxLength})");

    public static string MissingTrainingText(string language, string path) =>
        $"language '{language}' shares its script with others but has no training text {path}";

    public static string AtLocation(string location, string message) => $"{location}: {message}";

    public static string UnknownParadigmClass(string name) => $"unknown conjugation or inflection class '{name}'";

    public static string UnknownInflectionKey(string key) => $"'{key}' is neither a feature tag nor a tense group of paradigms.tsv";

    public static string WrongFormCount(string key, int expected, int found) =>
        string.Create(CultureInfo.InvariantCulture, $"'{key}' needs {expected} forms separated by '|', found {found}");

    public static string NoParadigmForVerb(string lemma) =>
        $"verb '{lemma}' has no conjugation class: its ending fits none in paradigms.tsv and irregular-verbs.tsv gives none";

    public static string UnknownBaseVerb(string lemma, string baseLemma) => $"'{lemma}' is declared like '{baseLemma}', which is unknown or circular";

    public static string UnknownPartOfSpeech(string name) => $"unknown part of speech '{name}' (use UD names: NOUN, VERB, AUX, ADP...)";

    public static string BadOverride(string field) => $"'{field}' should read tag=form";

    public static string UnknownLetterClass(string name) => $"letter class '{name}' must be one upper-case letter";

    public static string UnknownRecordKind(string kind) => $"unknown record kind '{kind}'";

    public const string ExpectedKeyValue = "expected three fields: lemma, key, value (or an @columns line first)";

    public const string ExpectedClassDeclaration = "expected @class, name, part of speech, tag of the lemma form";

    public static string NoLexicon(string language) => $"no lexicon loaded for language '{language}'";

    // Storage, ingestion and export (issue 7).
    public static string BadMigrationName(string name) => $"migration '{name}' must be named NNN_description.sql";

    public static string BadDatabaseUrl(string url) => $"'{url}' is not a database URL (expected postgres://user:pass@host:port/db)";

    public static string DatabaseUnavailable(string target, string reason) => $"{target}: cannot open the store: {reason}";

    public static string InputTooLarge(string input, long bytes, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{input}: input is {bytes:N0} bytes, more than the limit of {limit:N0} (see --max-bytes)");

    public static string NoArticleText(string input) => $"{input}: no article text found in the HTML page";

    public static string BadFeed(string input, string reason) => $"{input}: not a readable RSS or Atom feed: {reason}";

    public static string EmptyFeedItem(string input, int item) =>
        string.Create(CultureInfo.InvariantCulture, $"{input}: item {item} has neither a description nor a local page");

    public static string BadFeedDate(string input, int item, string date) =>
        string.Create(CultureInfo.InvariantCulture, $"{input}: item {item} has an unreadable date '{date}'");

    public static string FetchFailed(string url, string reason) => $"{url}: could not fetch: {reason}";

    public static string UnknownPeriod(string period) => $"unknown period '{period}' (use day, week or month)";

    public static string UnknownDataKey(string key) => $"unknown key '{key}'";

    public static string BadDataNumber(string value) => $"'{value}' is not a number";

    public static string BadQuoteMark(string value) => $"'{value}' is not a single quotation mark character";
    // Treaties: knowledge base, cue lexicons and the allies question.
    public static string UnknownTreatyKey(string key) => $"unknown treaty line '{key}' (expected treaty, alias, signed, in-force, ended, status, supersedes, alliance, note, cite, party, parties, provision)";

    public const string TreatyLineBeforeTreaty = "this line must follow a 'treaty' line";

    public static string DuplicateTreaty(string id) => $"treaty '{id}' is defined twice";

    public static string UnknownSupersededTreaty(string id, string target) => $"treaty '{id}' supersedes '{target}', which is not defined";

    public static string BadTreatyDate(string text) => $"'{text}' is not a date (write 1991, 1991-12 or 1991-12-26, with ~ for about)";

    public static string BadTreatyValue(string what, string text, string expected) => $"'{text}' is not a {what} (expected {expected})";

    public static string BadProvisionOption(string text) => $"'{text}' is not a provision option (expected key=value with key obliged, protected, adversary, location, places, outside, conflict, war, provoked, condition, from, until, note, cite, excluded)";

    public static string UnknownCueKind(string kind) => $"unknown treaty cue kind '{kind}'";

    public static string CueNeedsValue(string kind) => $"a '{kind}' cue needs a value in the third field";

    public static string BadCountryCode(string text) => $"'{text}' is not a country code (three upper-case letters)";

    public static string NoTreatyCues(string language) => $"no treaty cues loaded for language '{language}'";

    // Web API and dashboard (issue 8).
    public const string MissingText = "the request needs a non-empty \"text\"";

    public const string BadJsonBody = "the request body is not valid JSON for this endpoint";

    public const string TokenRequired = "this endpoint needs 'Authorization: Bearer <token>' (the server's DRAGOMAN_TOKEN or --token)";

    public const string IngestDisabled = "ingesting over HTTP beyond loopback needs a token: start the server with DRAGOMAN_TOKEN or --token";

    public const string WrongToken = "the bearer token is not the server's token";

    public static string BodyTooLarge(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"the request body is larger than the limit of {limit:N0} bytes");

    public static string BadQueryDate(string name, string value) => $"'{value}' is not a date for '{name}' (expected YYYY-MM-DD)";

    public static string BadQueryCode(string name, string value) => $"'{value}' is not an actor code for '{name}' (letters and digits, 2 to 20)";

    public static string BadQueryRoot(string value) => $"'{value}' is not a CAMEO root (two digits, 01 to 20)";

    public static string BadQueryCameo(string value) => $"'{value}' is not a CAMEO code or prefix (one to four digits)";

    public static string BadQueryNumber(string name, string value, int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"'{value}' is not a number from {min} to {max} for '{name}'");

    public static string BadQueryText(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"'text' must be at most {max} characters");

    public static string BadQueryLanguage(string value) => $"'{value}' is not a supported language (auto, it or en)";

    public static string BadDocumentId(string value) => $"'{value}' is not a document id (letters, digits, '.', '_', '-'; at most 200)";

    public static string NotFound(string path) => $"no such endpoint or file: {path}";

    public static string HttpStatus(int status) =>
        string.Create(CultureInfo.InvariantCulture, $"the request failed with HTTP status {status}");

    public static string WrongMethod(string method, string path) => $"{path} does not answer {method} (see /api/openapi.json)";

    public const string NotJson = "the request body must be JSON, sent with 'Content-Type: application/json'";

    public const string InternalError = "the server failed to answer this request; see its log";
}
