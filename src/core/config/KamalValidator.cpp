#include "core/config/KamalValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <span>
#include <tuple>

namespace Berth::Config {

namespace {

// ---------------------------------------------------------------------------------------------
// How Kamal (Ruby, Psych YAML 1.1) sees a node. Kamal's checks are written against Ruby
// objects, so every rule below first asks what Ruby class the scalar would have become.

enum class RubyType { Nil, String, Symbol, Integer, Float, Boolean, Date, Hash, Array };

bool isNil(const YamlNodePtr &node)
{
    return !node || node->isNull();
}

// Psych turns these plain scalars into Date and Time objects; Kamal's "string" check refuses them.
bool isDateOrTime(const YamlNode &node)
{
    static const QRegularExpression date(
        QStringLiteral("^\\d{4}-(?:1[012]|0\\d|\\d)-(?:[12]\\d|3[01]|0\\d|\\d)$"));
    static const QRegularExpression time(
        QStringLiteral("^-?\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|\\s+)\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d*)?"
                       "(?:\\s*(?:Z|[-+]\\d{1,2}:?(?:\\d\\d)?))?$"));
    return !node.quoted
        && (date.match(node.scalar).hasMatch() || time.match(node.scalar).hasMatch());
}

RubyType rubyType(const YamlNodePtr &node)
{
    if (isNil(node))
        return RubyType::Nil;
    if (node->isMap())
        return RubyType::Hash;
    if (node->isSequence())
        return RubyType::Array;
    if (node->quoted)
        return RubyType::String;
    if (node->isBoolean())
        return RubyType::Boolean;
    if (node->isInteger())
        return RubyType::Integer;
    if (node->isFloat())
        return RubyType::Float;
    if (node->isSymbol())
        return RubyType::Symbol;
    if (isDateOrTime(*node))
        return RubyType::Date;
    return RubyType::String;
}

bool isHash(const YamlNodePtr &node)
{
    return node && node->isMap();
}

bool isArray(const YamlNodePtr &node)
{
    return node && node->isSequence();
}

bool isFalse(const YamlNodePtr &node)
{
    return rubyType(node) == RubyType::Boolean && !node->booleanValue();
}

bool isTrue(const YamlNodePtr &node)
{
    return rubyType(node) == RubyType::Boolean && node->booleanValue();
}

// Ruby truthiness: everything but nil and false.
bool truthy(const YamlNodePtr &node)
{
    return !isNil(node) && !isFalse(node);
}

// ActiveSupport's present?: not nil, not false, not a blank string, not an empty collection.
bool present(const YamlNodePtr &node)
{
    switch (rubyType(node)) {
    case RubyType::Nil: return false;
    case RubyType::Boolean: return node->booleanValue();
    case RubyType::String: return !node->scalar.trimmed().isEmpty();
    case RubyType::Hash: return !node->entries.isEmpty();
    case RubyType::Array: return !node->items.isEmpty();
    case RubyType::Symbol:
    case RubyType::Integer:
    case RubyType::Float:
    case RubyType::Date: return true;
    }
    return false;
}

QString integerToS(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char('_')).remove(QLatin1Char(','));
    bool negative = false;
    if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+'))) {
        negative = digits.startsWith(QLatin1Char('-'));
        digits.remove(0, 1);
    }
    int base = 10;
    if (digits.startsWith(QLatin1String("0x"))) {
        base = 16;
        digits.remove(0, 2);
    } else if (digits.startsWith(QLatin1String("0b"))) {
        base = 2;
        digits.remove(0, 2);
    } else if (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
        base = 8;
    }
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok, base);
    if (!ok)
        return text;
    return QString::number(negative ? -value : value);
}

// What Ruby's to_s prints for the object Psych made of this node (keys, roles, versions, …).
QString rubyToS(const YamlNodePtr &node)
{
    switch (rubyType(node)) {
    case RubyType::Nil:
    case RubyType::Hash:
    case RubyType::Array: return {};
    case RubyType::Boolean:
        return node->booleanValue() ? QStringLiteral("true") : QStringLiteral("false");
    case RubyType::Integer: return integerToS(node->scalar);
    case RubyType::Float: {
        QString text = node->scalar;
        text.remove(QLatin1Char('_')).remove(QLatin1Char(','));
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            return node->scalar;
        QString shortest = QString::number(value, 'g', QLocale::FloatingPointShortest);
        if (!shortest.contains(QLatin1Char('.')) && !shortest.contains(QLatin1Char('e'))
            && !shortest.contains(QLatin1Char('n')))
            shortest += QLatin1String(".0");
        return shortest;
    }
    case RubyType::Symbol: {
        QString name = node->scalar.mid(1);
        if (name.size() >= 2
            && (name.front() == QLatin1Char('"') || name.front() == QLatin1Char('\''))
            && name.back() == name.front())
            name = name.mid(1, name.size() - 2);
        return name;
    }
    case RubyType::String:
    case RubyType::Date: return node->scalar;
    }
    return {};
}

// A map as Ruby's Hash holds it: keys in the order they first appear, the last value wins.
struct Member
{
    QString name;
    YamlNodePtr key;
    YamlNodePtr value;
};

QList<Member> members(const YamlNodePtr &map)
{
    QList<Member> result;
    if (!isHash(map))
        return result;
    QHash<QString, qsizetype> index;
    for (const YamlEntry &entry : map->entries) {
        const QString name = rubyToS(entry.key);
        if (const auto it = index.constFind(name); it != index.cend()) {
            result[*it].value = entry.value;
            continue;
        }
        index.insert(name, result.size());
        result.append({name, entry.key, entry.value});
    }
    return result;
}

std::optional<Member> memberOf(const YamlNodePtr &map, QLatin1String name)
{
    if (!isHash(map))
        return std::nullopt;
    std::optional<Member> found;
    for (const YamlEntry &entry : map->entries) {
        if (rubyToS(entry.key) != name)
            continue;
        if (found)
            found->value = entry.value;
        else
            found = Member {name, entry.key, entry.value};
    }
    return found;
}

YamlNodePtr valueOf(const YamlNodePtr &map, QLatin1String name)
{
    const auto found = memberOf(map, name);
    return found ? found->value : nullptr;
}

bool hasKey(const YamlNodePtr &map, QLatin1String name)
{
    return memberOf(map, name).has_value();
}

// Ruby's == on the values Psych builds: used to compare proxy run configurations.
bool rubyEqual(const YamlNodePtr &a, const YamlNodePtr &b)
{
    const RubyType type = rubyType(a);
    if (type != rubyType(b))
        return false;
    if (type == RubyType::Array) {
        if (a->items.size() != b->items.size())
            return false;
        for (qsizetype i = 0; i < a->items.size(); ++i) {
            if (!rubyEqual(a->items.at(i), b->items.at(i)))
                return false;
        }
        return true;
    }
    if (type == RubyType::Hash) {
        const QList<Member> left = members(a);
        const QList<Member> right = members(b);
        if (left.size() != right.size())
            return false;
        return std::all_of(left.cbegin(), left.cend(), [&right](const Member &member) {
            return std::any_of(right.cbegin(), right.cend(), [&member](const Member &other) {
                return other.name == member.name && rubyEqual(member.value, other.value);
            });
        });
    }
    return rubyToS(a) == rubyToS(b);
}

// ActiveSupport's deep_merge (`base.deep_merge(over)`): nested hashes merge, anything else in
// `over` replaces. Builds new map nodes and keeps every leaf node (and its position).
YamlNodePtr mergeHashes(const YamlNodePtr &base, const YamlNodePtr &over)
{
    if (!isHash(base) || !isHash(over))
        return over;
    auto merged = std::make_shared<YamlNode>(*base);
    merged->entries.clear();
    const QList<Member> overMembers = members(over);
    QSet<QString> seen;
    for (const Member &member : members(base)) {
        seen.insert(member.name);
        YamlNodePtr value = member.value;
        const auto replacement
            = std::find_if(overMembers.cbegin(), overMembers.cend(),
                           [&member](const Member &m) { return m.name == member.name; });
        if (replacement != overMembers.cend())
            value = mergeHashes(value, replacement->value);
        merged->entries.append({member.key, value});
    }
    for (const Member &member : overMembers) {
        if (!seen.contains(member.name))
            merged->entries.append({member.key, member.value});
    }
    return merged;
}

// Gem::Version's ordering, enough to compare `minimum_version` with the emulated Kamal.
// Returns nullopt for a string Gem::Version refuses ("Malformed version number string").
std::optional<int> compareGemVersions(const QString &left, const QString &right)
{
    static const QRegularExpression valid(QStringLiteral(
        "\\A\\s*([0-9]+(?:\\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?)?\\s*\\z"));
    static const QRegularExpression segment(QStringLiteral("[0-9]+|[a-zA-Z]+"));
    if (!valid.match(left).hasMatch())
        return std::nullopt;
    const auto canonical = [](const QString &version) {
        QString text = version.trimmed();
        text.replace(QLatin1Char('-'), QLatin1String(".pre."));
        QStringList release;
        QStringList prerelease;
        auto it = segment.globalMatch(text);
        while (it.hasNext()) {
            const QString part = it.next().captured();
            if (!prerelease.isEmpty() || !part.front().isDigit())
                prerelease.append(part);
            else
                release.append(part);
        }
        const auto isZero = [](const QString &part) {
            return part.front().isDigit() && part.count(QLatin1Char('0')) == part.size();
        };
        while (!release.isEmpty() && isZero(release.last()))
            release.removeLast();
        while (!prerelease.isEmpty() && isZero(prerelease.last()))
            prerelease.removeLast();
        return release + prerelease;
    };
    const QStringList a = canonical(left);
    const QStringList b = canonical(right);
    const auto numeric = [](const QString &part) { return part.front().isDigit(); };
    const auto compareNumbers = [](QString x, QString y) {
        while (x.size() > 1 && x.startsWith(QLatin1Char('0')))
            x.remove(0, 1);
        while (y.size() > 1 && y.startsWith(QLatin1Char('0')))
            y.remove(0, 1);
        if (x.size() != y.size())
            return x.size() < y.size() ? -1 : 1;
        return x.compare(y) < 0 ? -1 : (x == y ? 0 : 1);
    };
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString lhs = i < a.size() ? a.at(i) : QStringLiteral("0");
        const QString rhs = i < b.size() ? b.at(i) : QStringLiteral("0");
        if (lhs == rhs)
            continue;
        if (!numeric(lhs) && numeric(rhs))
            return -1;
        if (numeric(lhs) && !numeric(rhs))
            return 1;
        if (numeric(lhs))
            return compareNumbers(lhs, rhs);
        return lhs.compare(rhs) < 0 ? -1 : 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// The schema: Berth's own table of what Kamal 2.12 accepts where, taken from the example values
// in Kamal's docs/*.yml (which Kamal validates against). The kind says which of Kamal's
// validator rules applies to the key.

enum class Kind {
    String, // "stringish": strings, symbols, numbers, booleans
    Integer, // a YAML integer only
    Boolean, // true/false (and YAML 1.1's yes/no/on/off)
    Section, // "...": a hash checked by its own validator (servers: also an array)
    OpaqueHash, // options/args: any hash
    StringList, // an array of strings
    StringHash, // labels: a hash of strings
    Hosts, // host entries: "host" or {host: tag(s)}
    Paths, // accessory files/directories
    Arch, // builder arch: a string or an array of strings
    SshConfig, // true/false, a path or an array of paths
    Ssl, // true/false or {certificate_pem, private_key_pem}
    HooksOutput,
    Credential, // registry username/password: checked on their own after the others
    Nested,
};

struct Field
{
    const char *name;
    Kind kind;
    std::span<const Field> nested = {};
};

constexpr Field healthcheckFields[]
    = {{"interval", Kind::Integer}, {"path", Kind::String}, {"timeout", Kind::Integer}};
constexpr Field bufferingFields[] = {{"requests", Kind::Boolean},
                                     {"responses", Kind::Boolean},
                                     {"max_request_body", Kind::Integer},
                                     {"max_response_body", Kind::Integer},
                                     {"memory", Kind::Integer}};
constexpr Field proxyLoggingFields[]
    = {{"request_headers", Kind::StringList}, {"response_headers", Kind::StringList}};
constexpr Field proxyRunFields[] = {
    {"http_port", Kind::Integer},   {"https_port", Kind::Integer},  {"metrics_port", Kind::Integer},
    {"debug", Kind::Boolean},       {"log_max_size", Kind::String}, {"publish", Kind::Boolean},
    {"bind_ips", Kind::StringList}, {"registry", Kind::String},     {"repository", Kind::String},
    {"version", Kind::String},      {"options", Kind::OpaqueHash}};
constexpr Field proxyFields[] = {{"host", Kind::String},
                                 {"hosts", Kind::Hosts},
                                 {"app_port", Kind::Integer},
                                 {"ssl", Kind::Ssl},
                                 {"ssl_redirect", Kind::Boolean},
                                 {"forward_headers", Kind::Boolean},
                                 {"response_timeout", Kind::Integer},
                                 {"path_prefix", Kind::String},
                                 {"path_prefixes", Kind::StringList},
                                 {"strip_path_prefix", Kind::Boolean},
                                 {"healthcheck", Kind::Nested, healthcheckFields},
                                 {"buffering", Kind::Nested, bufferingFields},
                                 {"logging", Kind::Nested, proxyLoggingFields},
                                 {"run", Kind::Nested, proxyRunFields}};
constexpr Field loggingFields[] = {{"driver", Kind::String}, {"options", Kind::OpaqueHash}};
constexpr Field roleFields[]
    = {{"hosts", Kind::Hosts},        {"cmd", Kind::String},      {"stop_timeout", Kind::Integer},
       {"options", Kind::OpaqueHash}, {"logging", Kind::Section}, {"proxy", Kind::Section},
       {"labels", Kind::StringHash},  {"env", Kind::Section},     {"asset_path", Kind::String}};
constexpr Field accessoryFields[]
    = {{"service", Kind::String},     {"image", Kind::String},       {"registry", Kind::Section},
       {"host", Kind::String},        {"hosts", Kind::Hosts},        {"role", Kind::String},
       {"roles", Kind::StringList},   {"tag", Kind::String},         {"tags", Kind::StringList},
       {"cmd", Kind::String},         {"port", Kind::String},        {"labels", Kind::StringHash},
       {"options", Kind::OpaqueHash}, {"env", Kind::Section},        {"files", Kind::Paths},
       {"directories", Kind::Paths},  {"volumes", Kind::StringList}, {"network", Kind::String},
       {"proxy", Kind::Section}};
constexpr Field registryFields[]
    = {{"server", Kind::String}, {"username", Kind::Credential}, {"password", Kind::Credential}};
constexpr Field packFields[] = {{"builder", Kind::String}, {"buildpacks", Kind::StringList}};
constexpr Field cacheFields[]
    = {{"type", Kind::String}, {"options", Kind::String}, {"image", Kind::String}};
constexpr Field builderFields[] = {{"arch", Kind::Arch},
                                   {"remote", Kind::String},
                                   {"local", Kind::Boolean},
                                   {"pack", Kind::Nested, packFields},
                                   {"cache", Kind::Nested, cacheFields},
                                   {"context", Kind::String},
                                   {"dockerfile", Kind::String},
                                   {"target", Kind::String},
                                   {"args", Kind::OpaqueHash},
                                   {"secrets", Kind::StringList},
                                   {"ssh", Kind::String},
                                   {"driver", Kind::String},
                                   {"provenance", Kind::String},
                                   {"sbom", Kind::Boolean}};
constexpr Field sshFields[] = {{"user", Kind::String},      {"port", Kind::String},
                               {"proxy", Kind::String},     {"proxy_command", Kind::String},
                               {"log_level", Kind::String}, {"keys_only", Kind::Boolean},
                               {"keys", Kind::StringList},  {"key_data", Kind::StringList},
                               {"config", Kind::SshConfig}, {"forward_agent", Kind::Boolean}};
constexpr Field sshkitFields[] = {{"max_concurrent_starts", Kind::Integer},
                                  {"pool_idle_timeout", Kind::Integer},
                                  {"dns_retries", Kind::Integer}};
constexpr Field bootFields[]
    = {{"limit", Kind::String}, {"wait", Kind::Integer}, {"parallel_roles", Kind::Boolean}};
constexpr Field otelFields[] = {{"endpoint", Kind::String}};
constexpr Field outputFileFields[] = {{"path", Kind::String}};
constexpr Field outputFields[]
    = {{"otel", Kind::Nested, otelFields}, {"file", Kind::Nested, outputFileFields}};
constexpr Field rootFields[] = {{"service", Kind::String},
                                {"image", Kind::String},
                                {"labels", Kind::StringHash},
                                {"volumes", Kind::StringList},
                                {"registry", Kind::Section},
                                {"servers", Kind::Section},
                                {"env", Kind::Section},
                                {"asset_path", Kind::String},
                                {"hooks_path", Kind::String},
                                {"hooks_output", Kind::HooksOutput},
                                {"secrets_path", Kind::String},
                                {"error_pages_path", Kind::String},
                                {"require_destination", Kind::Boolean},
                                {"primary_role", Kind::String},
                                {"allow_empty_roles", Kind::Boolean},
                                {"retain_containers", Kind::Integer},
                                {"minimum_version", Kind::String},
                                {"readiness_delay", Kind::Integer},
                                {"deploy_timeout", Kind::Integer},
                                {"drain_timeout", Kind::Integer},
                                {"stop_timeout", Kind::Integer},
                                {"run_directory", Kind::String},
                                {"ssh", Kind::Section},
                                {"builder", Kind::Section},
                                {"accessories", Kind::Section},
                                {"proxy", Kind::Section},
                                {"sshkit", Kind::Section},
                                {"boot", Kind::Section},
                                {"logging", Kind::Section},
                                {"output", Kind::Section},
                                {"aliases", Kind::Section}};

const Field *findField(std::span<const Field> fields, const QString &name)
{
    const auto it = std::find_if(fields.begin(), fields.end(), [&name](const Field &field) {
        return name == QLatin1String(field.name);
    });
    return it == fields.end() ? nullptr : &*it;
}

// Kamal::Cli::Main's commands: an alias may not shadow one of them.
const QStringList &builtInCommands()
{
    static const QStringList commands {
        QStringLiteral("accessory"), QStringLiteral("app"),      QStringLiteral("audit"),
        QStringLiteral("build"),     QStringLiteral("config"),   QStringLiteral("deploy"),
        QStringLiteral("details"),   QStringLiteral("docs"),     QStringLiteral("help"),
        QStringLiteral("init"),      QStringLiteral("lock"),     QStringLiteral("proxy"),
        QStringLiteral("prune"),     QStringLiteral("redeploy"), QStringLiteral("registry"),
        QStringLiteral("remove"),    QStringLiteral("rollback"), QStringLiteral("secrets"),
        QStringLiteral("server"),    QStringLiteral("setup"),    QStringLiteral("upgrade"),
        QStringLiteral("version")};
    return commands;
}

// The Kamal 2 replacement for a Kamal 1 key, as advice for the user; empty if `key` is not one.
// `parent` is Kamal's slash path of the map holding the key.
QString kamal1Hint(const QString &parent, const QString &key)
{
    const bool root = parent.isEmpty();
    const bool role
        = parent.startsWith(QLatin1String("servers/")) && parent.count(QLatin1Char('/')) == 1;
    if (key == QLatin1String("traefik") && root)
        return QCoreApplication::translate(
            "KamalLint",
            "Kamal 2 replaced Traefik with kamal-proxy. Remove the `traefik` section and set up "
            "routing under `proxy:` (host, ssl, app_port); Traefik args and labels have no "
            "effect.");
    if (key == QLatin1String("traefik") && role)
        return QCoreApplication::translate(
            "KamalLint", "Write `proxy: true` (or a `proxy:` section) on the role instead.");
    if (key == QLatin1String("healthcheck") && (root || role))
        return QCoreApplication::translate(
            "KamalLint",
            "Kamal 2 health checks belong to the proxy: move `path` and `interval` to "
            "`proxy: healthcheck:` and a `port` to `proxy: app_port:`. Roles without the proxy "
            "use the image's Docker HEALTHCHECK instead.");
    if (key == QLatin1String("stop_wait_time") && root)
        return QCoreApplication::translate(
            "KamalLint",
            "Kamal 2 calls this `drain_timeout` (or `stop_timeout` for `docker stop`).");
    if (key == QLatin1String("primary_web_role") && root)
        return QCoreApplication::translate("KamalLint", "Kamal 2 calls this `primary_role`.");
    if (key == QLatin1String("multiarch") && parent == QLatin1String("builder"))
        return QCoreApplication::translate(
            "KamalLint",
            "List the architectures instead: `arch: amd64` or `arch: [amd64, arm64]`.");
    return {};
}

// ---------------------------------------------------------------------------------------------
// Kamal's validator, rule by rule.

enum class Type { String, Integer, Boolean, Hash, Array, Symbol };

bool validType(const YamlNodePtr &node, Type type)
{
    const RubyType actual = rubyType(node);
    switch (type) {
    case Type::String:
        return actual == RubyType::String || actual == RubyType::Symbol
            || actual == RubyType::Integer || actual == RubyType::Float
            || actual == RubyType::Boolean;
    case Type::Integer: return actual == RubyType::Integer;
    case Type::Boolean: return actual == RubyType::Boolean;
    case Type::Hash: return actual == RubyType::Hash;
    case Type::Array: return actual == RubyType::Array;
    case Type::Symbol: return actual == RubyType::Symbol;
    }
    return false;
}

QString typeWord(Type type)
{
    switch (type) {
    case Type::String: return QStringLiteral("a string");
    case Type::Integer: return QStringLiteral("an integer");
    case Type::Boolean: return QStringLiteral("a boolean");
    case Type::Hash: return QStringLiteral("a hash");
    case Type::Array: return QStringLiteral("an array");
    case Type::Symbol: return QStringLiteral("a symbol");
    }
    return {};
}

// Where a check is: Kamal's slash path, the value checked, and a node to point at when the
// value has no text of its own (a missing key, an empty value).
struct Slot
{
    QString path;
    YamlNodePtr value;
    YamlNodePtr anchor;

    // Kamal's with_context: blank parts are dropped.
    [[nodiscard]] QString join(const QString &part) const
    {
        if (part.trimmed().isEmpty())
            return path;
        return path.isEmpty() ? part : path + QLatin1Char('/') + part;
    }
    [[nodiscard]] Slot child(const Member &member) const
    {
        return {join(member.name), member.value, member.key ? member.key : anchor};
    }
    [[nodiscard]] Slot child(QLatin1String name) const
    {
        if (const auto found = memberOf(value, name))
            return child(*found);
        return {join(name), nullptr, value ? value : anchor};
    }
    [[nodiscard]] Slot item(qsizetype index) const
    {
        return {join(QString::number(index)), value->items.at(index), value};
    }
};

// The hosts of a role, as Kamal's Role#hosts computes them (unique, in order).
struct RoleInfo
{
    QString name;
    YamlNodePtr key;
    YamlNodePtr config; // the role's hash, or null for a plain host list
    QStringList hosts;
};

class Checker
{
public:
    explicit Checker(const ValidationContext &context)
        : m_context(context)
    { }

    Diagnostics run(const YamlNodePtr &root)
    {
        if (!isHash(root)) {
            // Kamal crashes on such a file (NoMethodError on symbolize_keys); say what is wrong.
            Diagnostic diagnostic;
            diagnostic.code = QStringLiteral("kamal.not-a-map");
            diagnostic.message = QCoreApplication::translate(
                "KamalLint", "The configuration is empty or not a map of keys to values.");
            diagnostic.hint = QCoreApplication::translate(
                "KamalLint", "Start with `service:`, `image:`, `servers:` and `registry:`.");
            if (root) {
                diagnostic.location.file = root->file;
                diagnostic.location.line = std::max(root->line, 1);
                diagnostic.location.column = std::max(root->column, 1);
            }
            m_diagnostics.append(diagnostic);
            return m_diagnostics;
        }
        m_root = root;
        const Slot top {QString(), root, root};

        // Kamal::Configuration#initialize: the root against configuration.yml, then each
        // section's own validator in the order the sections are constructed.
        checkHash(top, rootFields, true);
        checkServers(top);
        checkRegistry(top.child(QLatin1String("registry")), true);
        checkAccessories(top);
        checkAliases(top);
        checkSection(top.child(QLatin1String("boot")), bootFields);
        checkBuilder(top);
        const Slot env = top.child(QLatin1String("env"));
        if (isHash(env.value))
            checkEnv(env);
        checkSection(top.child(QLatin1String("logging")), loggingFields);
        const Slot output = top.child(QLatin1String("output"));
        if (isHash(output.value) && !output.value->entries.isEmpty())
            checkHash(output, outputFields);
        const Slot proxy = top.child(QLatin1String("proxy"));
        if (isHash(proxy.value))
            checkProxy(proxy);
        else if (rubyType(proxy.value) == RubyType::Boolean)
            typeError(proxy, {Type::Hash}); // the root allows a boolean, Proxy does not
        checkSection(top.child(QLatin1String("ssh")), sshFields);
        checkSection(top.child(QLatin1String("sshkit")), sshkitFields);

        // The cross-checks only run on a well-formed configuration: on a broken one they would
        // mostly repeat what is already said.
        if (m_diagnostics.isEmpty())
            crossChecks(top);
        return m_diagnostics;
    }

private:
    void report(const QString &path, const YamlNodePtr &at, const QString &message,
                const QString &code, const QString &hint = {})
    {
        Diagnostic diagnostic;
        diagnostic.severity = Severity::Error;
        diagnostic.code = code;
        diagnostic.path = path;
        diagnostic.message = message;
        diagnostic.hint = hint;
        const YamlNodePtr node = at ? at : m_root;
        if (node) {
            diagnostic.location.file = node->file;
            diagnostic.location.line = node->line;
            diagnostic.location.column = node->column;
            diagnostic.location.offset = node->offset;
        }
        m_diagnostics.append(diagnostic);
    }

    // A validator error: Kamal prefixes the message with the path.
    void error(const Slot &slot, const QString &problem, const QString &code,
               const QString &hint = {})
    {
        const bool positioned = slot.value && slot.value->offset >= 0;
        report(slot.path, positioned ? slot.value : slot.anchor,
               slot.path.isEmpty() ? problem : slot.path + QLatin1String(": ") + problem, code,
               hint);
    }

    void typeError(const Slot &slot, std::initializer_list<Type> types)
    {
        QStringList words;
        for (const Type type : types) {
            if (!words.contains(typeWord(type)))
                words.append(typeWord(type));
        }
        error(slot, QStringLiteral("should be ") + words.join(QLatin1String(" or ")),
              QStringLiteral("kamal.type"));
    }

    // validate_type!: reports "should be a … or a …" in the order Kamal lists the types.
    bool expect(const Slot &slot, std::initializer_list<Type> types)
    {
        const bool ok = std::any_of(types.begin(), types.end(),
                                    [&slot](Type type) { return validType(slot.value, type); });
        if (!ok)
            typeError(slot, types);
        return ok;
    }

    // validate_against_example! for a hash example: unknown keys first, then each key's rule.
    bool checkHash(const Slot &slot, std::span<const Field> fields, bool root = false)
    {
        if (!expect(slot, {Type::Hash}))
            return false;
        const QList<Member> list = members(slot.value);
        QStringList unknown;
        QStringList hints;
        YamlNodePtr firstUnknown;
        for (const Member &member : list) {
            // Only the root tolerates `x-` extension keys.
            if (root && member.name.startsWith(QLatin1String("x-")))
                continue;
            if (findField(fields, member.name))
                continue;
            if (!firstUnknown)
                firstUnknown = member.key;
            unknown.append(member.name);
            if (const QString hint = kamal1Hint(slot.path, member.name); !hint.isEmpty())
                hints.append(hint);
        }
        if (!unknown.isEmpty()) {
            const QString problem = (unknown.size() == 1 ? QStringLiteral("unknown key: ")
                                                         : QStringLiteral("unknown keys: "))
                + unknown.join(QLatin1String(", "));
            error({slot.path, firstUnknown, slot.value}, problem,
                  QStringLiteral("kamal.unknown-key"), hints.join(QLatin1Char(' ')));
        }
        for (const Member &member : list) {
            if (member.name.startsWith(QLatin1String("x-")))
                continue;
            if (const Field *field = findField(fields, member.name))
                checkField(*field, slot.child(member), root);
        }
        return true;
    }

    void checkField(const Field &field, const Slot &slot, bool root)
    {
        switch (field.kind) {
        case Kind::String: expect(slot, {Type::String}); break;
        case Kind::Integer: expect(slot, {Type::Integer}); break;
        case Kind::Boolean: expect(slot, {Type::Boolean}); break;
        case Kind::Section:
            // Only the type here; the section's own validator looks inside later, in Kamal's
            // order. Any `proxy` may be a boolean: on a role it turns the proxy on or off.
            if (QLatin1String(field.name) == QLatin1String("proxy")
                && rubyType(slot.value) == RubyType::Boolean)
                break;
            if (root && QLatin1String(field.name) == QLatin1String("servers"))
                expect(slot, {Type::Array, Type::Hash});
            else
                expect(slot, {Type::Hash});
            break;
        case Kind::OpaqueHash: expect(slot, {Type::Hash}); break;
        case Kind::StringList: checkArrayOf(slot); break;
        case Kind::StringHash: checkHashOf(slot); break;
        case Kind::Hosts: checkHosts(slot); break;
        case Kind::Paths: checkPaths(slot); break;
        case Kind::Arch: checkArch(slot); break;
        case Kind::SshConfig: checkSshConfig(slot); break;
        case Kind::Ssl: expect(slot, {Type::Boolean, Type::Hash}); break;
        case Kind::HooksOutput: checkHooksOutput(slot); break;
        case Kind::Credential: break;
        case Kind::Nested: checkHash(slot, field.nested); break;
        }
    }

    // A section Kamal validates with a plain example (nil means an empty hash).
    void checkSection(const Slot &slot, std::span<const Field> fields)
    {
        if (isHash(slot.value))
            checkHash(slot, fields);
    }

    // validate_array_of!: every array example in Kamal's docs holds strings.
    void checkArrayOf(const Slot &slot)
    {
        if (!expect(slot, {Type::Array}))
            return;
        for (qsizetype i = 0; i < slot.value->items.size(); ++i)
            expect(slot.item(i), {Type::String});
    }

    void checkHashOf(const Slot &slot)
    {
        if (!expect(slot, {Type::Hash}))
            return;
        for (const Member &member : members(slot.value))
            expect(slot.child(member), {Type::String});
    }

    // validate_servers!: used for every key named `hosts` and for a plain servers list.
    void checkHosts(const Slot &slot)
    {
        if (!expect(slot, {Type::Array}))
            return;
        for (qsizetype i = 0; i < slot.value->items.size(); ++i) {
            const Slot entry = slot.item(i);
            if (!expect(entry, {Type::String, Type::Hash}) || !isHash(entry.value))
                continue;
            const QList<Member> hosts = members(entry.value);
            if (hosts.size() != 1) {
                error(entry, QStringLiteral("multiple hosts found"),
                      QStringLiteral("kamal.multiple-hosts"));
                continue;
            }
            const Slot tags = entry.child(hosts.constFirst());
            if (expect(tags, {Type::String, Type::Array}) && isArray(tags.value))
                checkArrayOf(tags);
        }
    }

    void checkPaths(const Slot &slot)
    {
        if (!expect(slot, {Type::Array}))
            return;
        for (qsizetype i = 0; i < slot.value->items.size(); ++i) {
            const Slot entry = slot.item(i);
            if (!expect(entry, {Type::String, Type::Hash}) || !isHash(entry.value))
                continue;
            // Kamal looks at these keys of a hash entry only; anything else passes unnoticed.
            for (const char *key : {"local", "remote", "mode", "owner", "options"}) {
                if (hasKey(entry.value, QLatin1String(key)))
                    expect(entry.child(QLatin1String(key)), {Type::String});
            }
        }
    }

    // validate_array_of_or_type!: any problem inside is reported on `arch` itself.
    void checkArch(const Slot &slot)
    {
        bool ok = validType(slot.value, Type::String);
        if (isArray(slot.value)) {
            ok = std::all_of(slot.value->items.cbegin(), slot.value->items.cend(),
                             [](const YamlNodePtr &item) { return validType(item, Type::String); });
        }
        if (!ok)
            typeError(slot, {Type::Array, Type::String});
    }

    void checkSshConfig(const Slot &slot)
    {
        if (isArray(slot.value)) {
            checkArrayOf(slot);
            return;
        }
        // Strictly a String here (is_a?), unlike the "stringish" rule: a number is refused.
        const RubyType type = rubyType(slot.value);
        if (type != RubyType::Boolean && type != RubyType::String)
            typeError(slot, {Type::Boolean, Type::String, Type::Array});
    }

    // Kamal's docs write levels as symbols (`:verbose`). Numbers and booleans pass this
    // check too (they are "stringish") and are then ignored by the level check.
    void checkHooksOutput(const Slot &slot)
    {
        if (isHash(slot.value)) {
            for (const Member &member : members(slot.value))
                expect(slot.child(member), {Type::String, Type::Symbol});
        } else {
            expect(slot, {Type::String, Type::Symbol});
        }
    }

    // validate_labels!: role and accessory labels may not override Kamal's own.
    void checkLabels(const Slot &owner)
    {
        const Slot labels = owner.child(QLatin1String("labels"));
        if (!present(labels.value) || !isHash(labels.value))
            return;
        for (const Member &member : members(labels.value)) {
            if (member.name == QLatin1String("destination") || member.name == QLatin1String("role")
                || member.name == QLatin1String("service")) {
                error(labels.child(member),
                      QStringLiteral(
                          "invalid label. destination, role, and service are reserved labels"),
                      QStringLiteral("kamal.reserved-label"));
            }
        }
    }

    // validate_docker_options!: Kamal 2.12 turns options/restart into --restart and checks it.
    void checkRestart(const Slot &owner)
    {
        const YamlNodePtr options = valueOf(owner.value, QLatin1String("options"));
        const auto restart = memberOf(options, QLatin1String("restart"));
        if (!restart)
            return;
        const Slot slot {owner.join(QStringLiteral("options/restart")), restart->value,
                         restart->key};
        static const QRegularExpression policy(
            QStringLiteral("\\A(?:no|always|unless-stopped|on-failure(?::\\d+)?)\\z"));
        if (rubyType(restart->value) != RubyType::String) {
            error(slot, QStringLiteral("should be a string. Use \"no\" to disable restarts"),
                  QStringLiteral("kamal.restart-policy"),
                  isFalse(restart->value) ? QCoreApplication::translate(
                      "KamalLint", "YAML reads a bare `no` as false: write `restart: \"no\"`.")
                                          : QString());
        } else if (!policy.match(restart->value->scalar).hasMatch()) {
            error(
                slot,
                QStringLiteral("should be no, always, unless-stopped, on-failure, or on-failure:N"),
                QStringLiteral("kamal.restart-policy"));
        }
    }

    // Validator::Env: a simple hash of clear values, or clear/secret/tags.
    void checkEnv(const Slot &slot)
    {
        const QList<Member> list = members(slot.value);
        const auto special = [](const QString &name) {
            return name == QLatin1String("clear") || name == QLatin1String("secret")
                || name == QLatin1String("tags");
        };
        const bool complex = std::any_of(list.cbegin(), list.cend(),
                                         [&special](const Member &m) { return special(m.name); });
        if (!complex) {
            checkHashOf(slot);
            return;
        }
        QStringList unknown;
        YamlNodePtr firstUnknown;
        for (const Member &member : list) {
            if (special(member.name))
                continue;
            if (!firstUnknown)
                firstUnknown = member.key;
            unknown.append(member.name);
        }
        if (!unknown.isEmpty()) {
            error({slot.path, firstUnknown, slot.value},
                  (unknown.size() == 1 ? QStringLiteral("unknown key: ")
                                       : QStringLiteral("unknown keys: "))
                      + unknown.join(QLatin1String(", ")),
                  QStringLiteral("kamal.unknown-key"));
        }
        if (hasKey(slot.value, QLatin1String("clear")))
            checkHashOf(slot.child(QLatin1String("clear")));
        if (hasKey(slot.value, QLatin1String("secret")))
            checkArrayOf(slot.child(QLatin1String("secret")));
        if (!hasKey(slot.value, QLatin1String("tags")))
            return;
        // Kamal decides by the context string: only the root env's is exactly "env".
        if (slot.path != QLatin1String("env")) {
            error(slot, QStringLiteral("tags are only allowed in the root env"),
                  QStringLiteral("kamal.env-tags"));
            return;
        }
        const Slot tags = slot.child(QLatin1String("tags"));
        if (!expect(tags, {Type::Hash}))
            return;
        for (const Member &member : members(tags.value)) {
            const Slot tag = tags.child(member);
            if (expect(tag, {Type::Hash}))
                checkEnv(tag);
        }
    }

    // Validator::Registry: `server` by the example, then username and password, which a
    // registry on localhost does not need.
    void checkRegistry(const Slot &slot, bool root)
    {
        if (!isNil(slot.value) && !isHash(slot.value))
            return; // already reported as "should be a hash"
        if (root && hasKey(m_root, QLatin1String("registry")) && isNil(slot.value))
            return; // `registry:` left empty: reported by the root check
        if (isHash(slot.value))
            checkHash(slot, registryFields);
        if (registryIsLocal(slot.value))
            return;
        for (const char *key : {"username", "password"}) {
            const Slot credential = slot.child(QLatin1String(key));
            if (!present(credential.value)) {
                error(credential, QStringLiteral("is required"),
                      QStringLiteral("kamal.registry-required"));
                continue;
            }
            // is_a?(String), not "stringish": an unquoted number (an AWS account id as the
            // username) is refused by Kamal, so it is here too.
            const bool single = isArray(credential.value) && credential.value->items.size() == 1
                && rubyType(credential.value->items.constFirst()) == RubyType::String;
            if (rubyType(credential.value) != RubyType::String && !single) {
                error(credential,
                      QStringLiteral(
                          "should be a string or an array with one string (for secret lookup)"),
                      QStringLiteral("kamal.registry-credential"));
            }
        }
    }

    static bool registryIsLocal(const YamlNodePtr &registry)
    {
        // Kamal: server.match?("^localhost[:$]") — a Ruby regexp, so ^ matches at any line start.
        static const QRegularExpression local(QStringLiteral("^localhost[:$]"),
                                              QRegularExpression::MultilineOption);
        const YamlNodePtr server = valueOf(registry, QLatin1String("server"));
        return rubyType(server) == RubyType::String && local.match(server->scalar).hasMatch();
    }

    // Validator::Servers and Validator::Role, role by role in sorted order.
    void checkServers(const Slot &top)
    {
        const Slot servers = top.child(QLatin1String("servers"));
        if (isArray(servers.value)) {
            checkHosts(servers);
            RoleInfo web {QStringLiteral("web"), servers.anchor, nullptr, hostsOf(servers.value)};
            m_roles.append(web);
            checkRole(servers, web);
            return;
        }
        if (!isHash(servers.value))
            return;
        // Kamal builds the roles from the sorted names, so their errors come in that order.
        QList<Member> list = members(servers.value);
        std::sort(list.begin(), list.end(),
                  [](const Member &a, const Member &b) { return a.name < b.name; });
        for (const Member &member : list) {
            const YamlNodePtr &value = member.value;
            RoleInfo role {member.name, member.key, isHash(value) ? value : nullptr,
                           hostsOf(isHash(value) ? valueOf(value, QLatin1String("hosts")) : value)};
            m_roles.append(role);
            const Slot slot = servers.child(member);
            if (!expect(slot, {Type::Array, Type::Hash}))
                continue;
            if (isArray(value)) {
                checkHosts(slot);
            } else {
                checkHash(slot, roleFields);
                checkLabels(slot);
                checkRestart(slot);
            }
            checkRole(slot, role);
        }
    }

    // The parts of Role#initialize after its own validator: env, logging and proxy.
    void checkRole(const Slot &slot, const RoleInfo &role)
    {
        if (!role.config)
            return;
        const Slot env = slot.child(QLatin1String("env"));
        if (isHash(env.value))
            checkEnv(env);
        checkSection(slot.child(QLatin1String("logging")), loggingFields);
        const Slot proxy = slot.child(QLatin1String("proxy"));
        if (runsProxy(role) && isHash(proxy.value))
            checkProxy(proxy);
    }

    static QStringList hostsOf(const YamlNodePtr &list)
    {
        QStringList hosts;
        if (!isArray(list))
            return hosts;
        for (const YamlNodePtr &item : list->items) {
            QString host;
            if (isHash(item) && !item->entries.isEmpty())
                host = members(item).constFirst().name;
            else if (rubyType(item) == RubyType::String)
                host = item->scalar;
            else
                continue;
            if (!hosts.contains(host))
                hosts.append(host);
        }
        return hosts;
    }

    [[nodiscard]] QString primaryRoleName() const
    {
        const YamlNodePtr primary = valueOf(m_root, QLatin1String("primary_role"));
        return truthy(primary) ? rubyToS(primary) : QStringLiteral("web");
    }

    // The primary role runs the proxy unless `proxy: false`; other roles only when asked.
    [[nodiscard]] bool runsProxy(const RoleInfo &role) const
    {
        const YamlNodePtr proxy = valueOf(role.config, QLatin1String("proxy"));
        return role.name == primaryRoleName() ? !isFalse(proxy) : truthy(proxy);
    }

    // The proxy config a role deploys with: its own proxy hash deep-merged over the root's.
    [[nodiscard]] YamlNodePtr roleProxy(const RoleInfo &role) const
    {
        YamlNodePtr rootProxy = valueOf(m_root, QLatin1String("proxy"));
        if (!isHash(rootProxy)) {
            auto empty = std::make_shared<YamlNode>();
            empty->kind = YamlNode::Kind::Map;
            rootProxy = empty;
        }
        const YamlNodePtr own = valueOf(role.config, QLatin1String("proxy"));
        return isHash(own) ? mergeHashes(rootProxy, own) : rootProxy;
    }

    void checkAccessories(const Slot &top)
    {
        const Slot accessories = top.child(QLatin1String("accessories"));
        if (!isHash(accessories.value))
            return;
        for (const Member &member : members(accessories.value))
            checkAccessory(accessories.child(member));
    }

    // Validator::Accessory and the checks in Accessory#initialize.
    void checkAccessory(const Slot &slot)
    {
        if (!checkHash(slot, accessoryFields))
            return;
        int hostKeys = 0;
        for (const char *key : {"host", "hosts", "role", "roles", "tag", "tags"})
            hostKeys += hasKey(slot.value, QLatin1String(key)) ? 1 : 0;
        if (hostKeys != 1) {
            error(
                slot,
                QStringLiteral("specify one of `host`, `hosts`, `role`, `roles`, `tag` or `tags`"),
                QStringLiteral("kamal.accessory-hosts"));
        }
        checkLabels(slot);
        checkRestart(slot);

        QStringList roleNames;
        for (const RoleInfo &role : std::as_const(m_roles))
            roleNames.append(role.name);
        const YamlNodePtr roles = valueOf(slot.value, QLatin1String("roles"));
        const YamlNodePtr role = valueOf(slot.value, QLatin1String("role"));
        QStringList missing;
        if (truthy(roles) && isArray(roles)) {
            for (const YamlNodePtr &item : roles->items) {
                if (!roleNames.contains(rubyToS(item)))
                    missing.append(rubyToS(item));
            }
        }
        if (!missing.isEmpty()) {
            error({slot.path, roles, slot.anchor},
                  QStringLiteral("unknown roles ") + missing.join(QLatin1String(", ")),
                  QStringLiteral("kamal.accessory-roles"));
        } else if (truthy(role) && !roleNames.contains(rubyToS(role))) {
            error({slot.path, role, slot.anchor}, QStringLiteral("unknown role ") + rubyToS(role),
                  QStringLiteral("kamal.accessory-roles"));
        }

        const Slot env = slot.child(QLatin1String("env"));
        if (isHash(env.value))
            checkEnv(env);
        const Slot proxy = slot.child(QLatin1String("proxy"));
        if (isHash(proxy.value) && present(proxy.value))
            checkProxy(proxy);
        else if (isTrue(proxy.value))
            typeError(proxy, {Type::Hash}); // Accessory proxies have no root config to inherit
        const Slot registry = slot.child(QLatin1String("registry"));
        if (isHash(registry.value) && present(registry.value))
            checkRegistry(registry, false);
    }

    void checkAliases(const Slot &top)
    {
        const Slot aliases = top.child(QLatin1String("aliases"));
        if (!isHash(aliases.value))
            return;
        static const QRegularExpression valid(QStringLiteral("\\A[a-z0-9_-]+\\z"));
        for (const Member &member : members(aliases.value)) {
            const Slot slot = aliases.child(member);
            if (!expect(slot, {Type::String}))
                continue;
            if (!valid.match(member.name).hasMatch()) {
                error(slot,
                      QStringLiteral("Invalid alias name: '%1'. Must only contain lowercase "
                                     "letters, alphanumeric, "
                                     "hyphens and underscores.")
                          .arg(member.name),
                      QStringLiteral("kamal.alias-name"));
            } else if (builtInCommands().contains(member.name)) {
                error(slot,
                      QStringLiteral("Alias '%1' conflicts with a built-in command.")
                          .arg(member.name),
                      QStringLiteral("kamal.alias-name"));
            }
        }
    }

    void checkBuilder(const Slot &top)
    {
        const Slot builder = top.child(QLatin1String("builder"));
        if (!isNil(builder.value) && !isHash(builder.value))
            return;
        if (hasKey(m_root, QLatin1String("builder")) && isNil(builder.value))
            return; // `builder:` left empty: reported by the root check
        if (isHash(builder.value))
            checkHash(builder, builderFields);
        const Slot here {builder.path, builder.value, builder.anchor};
        // `[ "gha", "registry" ].include?(type)`: only those exact strings (a symbol fails).
        const YamlNodePtr cache = valueOf(builder.value, QLatin1String("cache"));
        const YamlNodePtr cacheType = valueOf(cache, QLatin1String("type"));
        if (truthy(cacheType)) {
            const bool known = rubyType(cacheType) == RubyType::String
                && (cacheType->scalar == QLatin1String("gha")
                    || cacheType->scalar == QLatin1String("registry"));
            if (!known) {
                error({builder.path, cacheType, builder.anchor},
                      QStringLiteral("Invalid cache type: ") + rubyToS(cacheType),
                      QStringLiteral("kamal.builder-cache"));
            }
        }
        const YamlNodePtr arch = valueOf(builder.value, QLatin1String("arch"));
        if (!present(arch)) {
            error(here, QStringLiteral("Builder arch not set"),
                  QStringLiteral("kamal.builder-arch"),
                  QCoreApplication::translate(
                      "KamalLint",
                      "Kamal 2 needs `builder: arch:`, e.g. `arch: amd64` for most servers."));
        }
        if (truthy(valueOf(builder.value, QLatin1String("pack"))) && isArray(arch)
            && arch->items.size() > 1) {
            error(here, QStringLiteral("buildpacks only support building for one arch"),
                  QStringLiteral("kamal.builder-pack"));
        }
        if (isFalse(valueOf(builder.value, QLatin1String("local")))
            && !present(valueOf(builder.value, QLatin1String("remote")))) {
            error(here, QStringLiteral("Cannot disable local builds, no remote is set"),
                  QStringLiteral("kamal.builder-local"));
        }
    }

    // Validator::Proxy on one proxy hash (root, role, accessory, or a role's merged view).
    void checkProxy(const Slot &slot)
    {
        if (!checkHash(slot, proxyFields))
            return;
        const YamlNodePtr &proxy = slot.value;
        const YamlNodePtr ssl = valueOf(proxy, QLatin1String("ssl"));
        if (!present(valueOf(proxy, QLatin1String("host")))
            && !present(valueOf(proxy, QLatin1String("hosts"))) && truthy(ssl)) {
            error({slot.path, ssl, slot.anchor},
                  QStringLiteral("Must set a host to enable automatic SSL"),
                  QStringLiteral("kamal.proxy-ssl-host"),
                  QCoreApplication::translate(
                      "KamalLint",
                      "Let's Encrypt issues certificates for names: add `host: "
                      "app.example.com` (a name that resolves to the server)."));
        }
        if (const auto hosts = memberOf(proxy, QLatin1String("hosts"));
            hosts && hasKey(proxy, QLatin1String("host"))) {
            error({slot.path, nullptr, hosts->key},
                  QStringLiteral("Specify one of 'host' or 'hosts', not both"),
                  QStringLiteral("kamal.proxy-hosts"));
        }
        if (isHash(ssl)) {
            const bool certificate = present(valueOf(ssl, QLatin1String("certificate_pem")));
            const bool key = present(valueOf(ssl, QLatin1String("private_key_pem")));
            if (certificate && !key) {
                error({slot.path, ssl, slot.anchor},
                      QStringLiteral("Missing private_key_pem setting (required when "
                                     "certificate_pem is present)"),
                      QStringLiteral("kamal.proxy-certificate"));
            }
            if (key && !certificate) {
                error({slot.path, ssl, slot.anchor},
                      QStringLiteral("Missing certificate_pem setting (required when "
                                     "private_key_pem is present)"),
                      QStringLiteral("kamal.proxy-certificate"));
            }
        }
        // Kamal meant to check run/bind_ips here too but reads the wrong key, so invalid
        // addresses pass; Berth does the same (reference §1.10).
        const YamlNodePtr run = valueOf(proxy, QLatin1String("run"));
        if (isHash(run) && isFalse(valueOf(run, QLatin1String("publish")))
            && (present(valueOf(run, QLatin1String("bind_ips")))
                || present(valueOf(run, QLatin1String("http_port")))
                || present(valueOf(run, QLatin1String("https_port"))))) {
            error({slot.path, run, slot.anchor},
                  QStringLiteral(
                      "Cannot set http_port, https_port or bind_ips when publish is false"),
                  QStringLiteral("kamal.proxy-run-publish"));
        }
    }

    // -----------------------------------------------------------------------------------------
    // Kamal::Configuration's ensure_* checks, in its order.

    void fail(const QString &path, const YamlNodePtr &at, const QString &message,
              const QString &code, const QString &hint = {})
    {
        report(path, at, message, code, hint);
    }

    void crossChecks(const Slot &top)
    {
        const YamlNodePtr requireDestination
            = valueOf(m_root, QLatin1String("require_destination"));
        // Each check below raises in Kamal; the later ones are independent of the earlier, so
        // Berth reports them all and the first is still the one Kamal stops at.
        if (truthy(requireDestination) && m_context.destination.isEmpty()) {
            fail(QStringLiteral("require_destination"), requireDestination,
                 QStringLiteral("You must specify a destination"),
                 QStringLiteral("kamal.destination-required"),
                 QCoreApplication::translate(
                     "KamalLint",
                     "This configuration sets `require_destination: true`: pick a "
                     "destination (deploy.<destination>.yml)."));
        }
        checkRequiredKeys(top);
        checkMinimumVersion();

        const YamlNodePtr retain = valueOf(m_root, QLatin1String("retain_containers"));
        if (rubyType(retain) == RubyType::Integer && rubyToS(retain).toLongLong() < 1) {
            fail(QStringLiteral("retain_containers"), retain,
                 QStringLiteral("Must retain at least 1 container"),
                 QStringLiteral("kamal.retain-containers"));
        }

        const YamlNodePtr service = valueOf(m_root, QLatin1String("service"));
        if (present(service)) {
            // Ruby's =~ with ^ and $ matches any line; numbers never match.
            static const QRegularExpression name(QStringLiteral("^[a-z0-9_-]+$"),
                                                 QRegularExpression::CaseInsensitiveOption
                                                     | QRegularExpression::MultilineOption);
            const RubyType type = rubyType(service);
            const bool textual = type == RubyType::String || type == RubyType::Symbol;
            if (!textual || !name.match(rubyToS(service)).hasMatch()) {
                fail(QStringLiteral("service"), service,
                     QStringLiteral("Service name can only include alphanumeric characters, "
                                    "hyphens, and underscores"),
                     QStringLiteral("kamal.service-name"));
            }
        }

        QStringList traefikHooks;
        for (const QString &hook :
             {QStringLiteral("pre-traefik-reboot"), QStringLiteral("post-traefik-reboot")}) {
            if (m_context.hookFiles.contains(hook))
                traefikHooks.append(hook);
        }
        if (!traefikHooks.isEmpty()) {
            fail(QStringLiteral("hooks_path"), valueOf(m_root, QLatin1String("hooks_path")),
                 QStringLiteral("Found %1, these should be renamed to (pre|post)-proxy-reboot")
                     .arg(traefikHooks.join(QLatin1String(", "))),
                 QStringLiteral("kamal.traefik-hooks"));
        }

        checkSslRoles();
        checkLocalRegistryBuilder();
        checkProxyRuns();
        checkHooksOutputLevels();
    }

    void checkRequiredKeys(const Slot &top)
    {
        const YamlNodePtr service = valueOf(m_root, QLatin1String("service"));
        const YamlNodePtr registry = valueOf(m_root, QLatin1String("registry"));
        if (!present(service)) {
            fail(QStringLiteral("service"), service,
                 QStringLiteral("Missing required configuration for service"),
                 QStringLiteral("kamal.missing-required"));
            return;
        }
        if (!present(registry)) {
            fail(QStringLiteral("registry"), registry,
                 QStringLiteral("Missing required configuration for registry"),
                 QStringLiteral("kamal.missing-required"));
            return;
        }
        // With a local registry the image defaults to the service name.
        const bool image
            = present(valueOf(m_root, QLatin1String("image"))) || registryIsLocal(registry);
        if (!image) {
            fail(QStringLiteral("image"), nullptr,
                 QStringLiteral("Missing required configuration for image"),
                 QStringLiteral("kamal.missing-required"));
            return;
        }
        const Slot servers = top.child(QLatin1String("servers"));
        if (isNil(servers.value)) {
            if (!present(valueOf(m_root, QLatin1String("accessories")))) {
                fail(QStringLiteral("servers"), nullptr,
                     QStringLiteral("No servers or accessories specified"),
                     QStringLiteral("kamal.no-servers"));
            }
            return;
        }
        // These depend on each other (an undefined primary role has no hosts either): stop at
        // the first, as Kamal does.
        const QString primary = primaryRoleName();
        const auto primaryRole
            = std::find_if(m_roles.cbegin(), m_roles.cend(),
                           [&primary](const RoleInfo &role) { return role.name == primary; });
        if (primaryRole == m_roles.cend()) {
            const YamlNodePtr primaryNode = valueOf(m_root, QLatin1String("primary_role"));
            fail(QStringLiteral("primary_role"), primaryNode ? primaryNode : servers.anchor,
                 QStringLiteral("The primary_role %1 isn't defined").arg(primary),
                 QStringLiteral("kamal.primary-role"));
            return;
        }
        if (primaryRole->hosts.isEmpty()) {
            fail(QStringLiteral("servers/") + primaryRole->name, primaryRole->key,
                 QStringLiteral("No servers specified for the %1 primary_role")
                     .arg(primaryRole->name),
                 QStringLiteral("kamal.empty-role"));
            return;
        }
        if (truthy(valueOf(m_root, QLatin1String("allow_empty_roles"))))
            return;
        for (const RoleInfo &role : std::as_const(m_roles)) {
            if (role.hosts.isEmpty()) {
                fail(
                    QStringLiteral("servers/") + role.name, role.key,
                    QStringLiteral("No servers specified for the %1 role. You can ignore this with "
                                   "allow_empty_roles: true")
                        .arg(role.name),
                    QStringLiteral("kamal.empty-role"));
                return;
            }
        }
    }

    void checkMinimumVersion()
    {
        const YamlNodePtr minimum = valueOf(m_root, QLatin1String("minimum_version"));
        if (!truthy(minimum))
            return;
        const QString wanted = rubyToS(minimum);
        const std::optional<int> order = compareGemVersions(wanted, m_context.kamalVersion);
        if (!order) {
            fail(QStringLiteral("minimum_version"), minimum,
                 QStringLiteral("Malformed version number string ") + wanted,
                 QStringLiteral("kamal.minimum-version"));
        } else if (*order > 0) {
            fail(QStringLiteral("minimum_version"), minimum,
                 QStringLiteral("Current version is %1, minimum required is %2")
                     .arg(m_context.kamalVersion, wanted),
                 QStringLiteral("kamal.minimum-version"));
        }
    }

    static QStringList proxyHosts(const YamlNodePtr &proxy)
    {
        QStringList hosts;
        const YamlNodePtr list = valueOf(proxy, QLatin1String("hosts"));
        if (truthy(list)) {
            if (isArray(list)) {
                for (const YamlNodePtr &item : list->items)
                    hosts.append(rubyToS(item));
            }
            return hosts;
        }
        const YamlNodePtr host = valueOf(proxy, QLatin1String("host"));
        if (truthy(host))
            hosts = rubyToS(host).split(QLatin1Char(','));
        return hosts;
    }

    void checkSslRoles()
    {
        // Role#proxy builds the merged proxy config, and building it validates it again.
        QList<const RoleInfo *> sslRoles;
        for (const RoleInfo &role : std::as_const(m_roles)) {
            if (!runsProxy(role))
                continue;
            const YamlNodePtr proxy = roleProxy(role);
            const qsizetype before = m_diagnostics.size();
            checkProxy({QStringLiteral("proxy"), proxy, role.key});
            if (m_diagnostics.size() != before)
                continue;
            const YamlNodePtr ssl = valueOf(proxy, QLatin1String("ssl"));
            if (!truthy(ssl))
                continue;
            sslRoles.append(&role);
            const bool customCertificate = isHash(ssl)
                && present(valueOf(ssl, QLatin1String("certificate_pem")))
                && present(valueOf(ssl, QLatin1String("private_key_pem")));
            if (role.hosts.size() > 1 && !customCertificate) {
                fail(QStringLiteral("servers/") + role.name, ssl,
                     QStringLiteral(
                         "SSL is only supported on a single server unless you provide custom "
                         "certificates, found %1 servers for role %2")
                         .arg(role.hosts.size())
                         .arg(role.name),
                     QStringLiteral("kamal.ssl-single-host"),
                     QCoreApplication::translate(
                         "KamalLint",
                         "Let's Encrypt needs one server per host name: put a load "
                         "balancer in front, or give `ssl:` a certificate_pem and "
                         "private_key_pem."));
            }
        }
        QStringList seen;
        QStringList duplicates;
        for (const RoleInfo *role : std::as_const(sslRoles)) {
            for (const QString &host : proxyHosts(roleProxy(*role))) {
                if (seen.contains(host) && !duplicates.contains(host))
                    duplicates.append(host);
                seen.append(host);
            }
        }
        if (!duplicates.isEmpty()) {
            fail(QStringLiteral("proxy"), valueOf(m_root, QLatin1String("proxy")),
                 QStringLiteral("Different roles can't share the same host for SSL: ")
                     + duplicates.join(QLatin1String(", ")),
                 QStringLiteral("kamal.ssl-shared-host"));
        }
    }

    void checkLocalRegistryBuilder()
    {
        const YamlNodePtr builder = valueOf(m_root, QLatin1String("builder"));
        const YamlNodePtr remote = valueOf(builder, QLatin1String("remote"));
        if (!registryIsLocal(valueOf(m_root, QLatin1String("registry"))) || !truthy(remote))
            return;
        // Builder#remote?: some arch is left for the remote builder. Which arches the local
        // machine builds depends on its Docker; Berth assumes amd64, the common case.
        QStringList arches;
        const YamlNodePtr arch = valueOf(builder, QLatin1String("arch"));
        if (isArray(arch)) {
            for (const YamlNodePtr &item : arch->items)
                arches.append(rubyToS(item));
        } else if (truthy(arch)) {
            arches.append(rubyToS(arch));
        }
        const bool localDisabled = isFalse(valueOf(builder, QLatin1String("local")));
        const bool remoteUsed
            = std::any_of(arches.cbegin(), arches.cend(), [localDisabled](const QString &a) {
                  return localDisabled || a != QLatin1String("amd64");
              });
        static const QRegularExpression scheme(QStringLiteral("\\A([A-Za-z][A-Za-z0-9+.-]*):"));
        const QRegularExpressionMatch match = scheme.match(rubyToS(remote));
        if (remoteUsed
            && (!match.hasMatch() || match.captured(1).toLower() != QLatin1String("ssh"))) {
            fail(QStringLiteral("builder/remote"), remote,
                 QStringLiteral("Local registry with remote builder requires an SSH URL (e.g., "
                                "ssh://user@host)"),
                 QStringLiteral("kamal.local-registry-builder"));
        }
    }

    void checkProxyRuns()
    {
        const YamlNodePtr servers = valueOf(m_root, QLatin1String("servers"));
        const YamlNodePtr accessories = valueOf(m_root, QLatin1String("accessories"));
        struct Runner
        {
            QStringList hosts;
            YamlNodePtr run;
        };
        QList<Runner> runners;
        QStringList allHosts;
        const auto addHosts = [&allHosts](const QStringList &hosts) {
            for (const QString &host : hosts) {
                if (!allHosts.contains(host))
                    allHosts.append(host);
            }
        };
        for (const RoleInfo &role : std::as_const(m_roles)) {
            addHosts(role.hosts);
            if (runsProxy(role))
                runners.append({role.hosts, valueOf(roleProxy(role), QLatin1String("run"))});
        }
        for (const Member &accessory : members(accessories)) {
            // Accessory#hosts with `tag:` and no role hash returns nil, and Kamal 2.12 then fails
            // with a NoMethodError here; give a diagnostic instead.
            if (hasKey(accessory.value, QLatin1String("tag")) && !isHash(servers)) {
                fail(QStringLiteral("accessories/") + accessory.name,
                     valueOf(accessory.value, QLatin1String("tag")),
                     QCoreApplication::translate(
                         "KamalLint",
                         "accessories/%1: `tag` selects hosts from roles, but `servers` "
                         "has no roles; Kamal 2.12 fails on this configuration "
                         "(NoMethodError).")
                         .arg(accessory.name),
                     QStringLiteral("kamal.accessory-tag"),
                     QCoreApplication::translate(
                         "KamalLint",
                         "Name the hosts with `host:`/`hosts:`, or group `servers` by "
                         "role and tag hosts there."));
                return;
            }
            const QStringList hosts = accessoryHosts(accessory.value);
            addHosts(hosts);
            const YamlNodePtr proxy = valueOf(accessory.value, QLatin1String("proxy"));
            if (present(proxy))
                runners.append({hosts, valueOf(proxy, QLatin1String("run"))});
        }
        for (const QString &host : std::as_const(allHosts)) {
            QList<YamlNodePtr> runs;
            for (const Runner &runner : std::as_const(runners)) {
                if (!runner.hosts.contains(host) || !present(runner.run))
                    continue;
                const bool known
                    = std::any_of(runs.cbegin(), runs.cend(), [&runner](const YamlNodePtr &run) {
                          return rubyEqual(run, runner.run);
                      });
                if (!known)
                    runs.append(runner.run);
            }
            if (runs.size() > 1) {
                fail(QStringLiteral("proxy/run"), runs.at(1),
                     QStringLiteral("Conflicting proxy run configurations for host ") + host,
                     QStringLiteral("kamal.proxy-run-conflict"));
                return;
            }
        }
    }

    [[nodiscard]] QStringList accessoryHosts(const YamlNodePtr &accessory) const
    {
        QStringList hosts;
        if (const auto host = memberOf(accessory, QLatin1String("host")))
            return {rubyToS(host->value)};
        if (const auto list = memberOf(accessory, QLatin1String("hosts")))
            return hostsOf(list->value);
        const auto hostsOfRole = [this](const QString &name) {
            for (const RoleInfo &role : std::as_const(m_roles)) {
                if (role.name == name)
                    return role.hosts;
            }
            return QStringList();
        };
        if (const auto role = memberOf(accessory, QLatin1String("role")))
            return hostsOfRole(rubyToS(role->value));
        if (const auto roles = memberOf(accessory, QLatin1String("roles"))) {
            if (isArray(roles->value)) {
                for (const YamlNodePtr &item : roles->value->items)
                    hosts += hostsOfRole(rubyToS(item));
            }
            return hosts;
        }
        // Tags only see hosts of roles written as plain host lists (a Kamal quirk kept on purpose:
        // these are the hosts Kamal will actually use).
        QStringList tags;
        if (const auto tag = memberOf(accessory, QLatin1String("tag")))
            tags.append(rubyToS(tag->value));
        if (const auto list = memberOf(accessory, QLatin1String("tags"));
            list && isArray(list->value)) {
            for (const YamlNodePtr &item : list->value->items)
                tags.append(rubyToS(item));
        }
        for (const QString &tag : std::as_const(tags)) {
            for (const Member &role : members(valueOf(m_root, QLatin1String("servers")))) {
                if (!isArray(role.value))
                    continue;
                for (const YamlNodePtr &entry : role.value->items) {
                    const QList<Member> host = members(entry);
                    if (host.isEmpty())
                        continue;
                    const YamlNodePtr &value = host.constFirst().value;
                    const bool tagged = isArray(value)
                        ? std::any_of(value->items.cbegin(), value->items.cend(),
                                      [&tag](const YamlNodePtr &t) { return rubyToS(t) == tag; })
                        : rubyToS(value).contains(tag);
                    if (tagged)
                        hosts.append(host.constFirst().name);
                }
            }
        }
        return hosts;
    }

    void checkHooksOutputLevels()
    {
        const YamlNodePtr hooksOutput = valueOf(m_root, QLatin1String("hooks_output"));
        const auto valid = [](const QString &level) {
            return level == QLatin1String("quiet") || level == QLatin1String("verbose");
        };
        const auto textual = [](const YamlNodePtr &node) {
            const RubyType type = rubyType(node);
            return type == RubyType::String || type == RubyType::Symbol;
        };
        if (textual(hooksOutput) && !valid(rubyToS(hooksOutput))) {
            fail(QStringLiteral("hooks_output"), hooksOutput,
                 QStringLiteral("Invalid hooks_output '%1', must be one of: quiet, verbose")
                     .arg(rubyToS(hooksOutput)),
                 QStringLiteral("kamal.hooks-output"));
            return;
        }
        for (const Member &hook : members(hooksOutput)) {
            if (textual(hook.value) && !valid(rubyToS(hook.value))) {
                fail(QStringLiteral("hooks_output/") + hook.name, hook.value,
                     QStringLiteral(
                         "Invalid hooks_output '%1' for hook '%2', must be one of: quiet, verbose")
                         .arg(rubyToS(hook.value), hook.name),
                     QStringLiteral("kamal.hooks-output"));
                return;
            }
        }
    }

    const ValidationContext &m_context;
    Diagnostics m_diagnostics;
    YamlNodePtr m_root;
    QList<RoleInfo> m_roles;
};

// ---------------------------------------------------------------------------------------------
// Berth's lint.

class Linter
{
public:
    Diagnostics run(const YamlNodePtr &root)
    {
        m_root = root;
        if (isHash(root)) {
            kamal1Keys();
            accessoryPorts();
            sslWithoutHost();
            secretsInClearEnv();
            healthcheckPaths();
        }
        duplicateKeys();
        std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return std::tie(a.location.file, a.location.line, a.location.column)
                                 < std::tie(b.location.file, b.location.line, b.location.column);
                         });
        return m_diagnostics;
    }

private:
    void warn(const QString &code, const QString &path, const YamlNodePtr &at,
              const QString &message, const QString &hint, Severity severity = Severity::Warning)
    {
        Diagnostic diagnostic;
        diagnostic.severity = severity;
        diagnostic.code = code;
        diagnostic.path = path;
        diagnostic.message = message;
        diagnostic.hint = hint;
        if (at) {
            diagnostic.location.file = at->file;
            diagnostic.location.line = at->line;
            diagnostic.location.column = at->column;
            diagnostic.location.offset = at->offset;
        }
        m_diagnostics.append(diagnostic);
    }

    static QString join(const QString &path, const QString &part)
    {
        return path.isEmpty() ? part : path + QLatin1Char('/') + part;
    }

    // Role hashes with their Kamal path.
    [[nodiscard]] QList<std::pair<QString, YamlNodePtr>> roles() const
    {
        QList<std::pair<QString, YamlNodePtr>> result;
        for (const Member &role : members(valueOf(m_root, QLatin1String("servers")))) {
            if (isHash(role.value))
                result.append({QStringLiteral("servers/") + role.name, role.value});
        }
        return result;
    }

    [[nodiscard]] QList<std::pair<QString, YamlNodePtr>> accessories() const
    {
        QList<std::pair<QString, YamlNodePtr>> result;
        for (const Member &accessory : members(valueOf(m_root, QLatin1String("accessories")))) {
            if (isHash(accessory.value))
                result.append({QStringLiteral("accessories/") + accessory.name, accessory.value});
        }
        return result;
    }

    void kamal1Key(const QString &parent, const YamlNodePtr &map, QLatin1String key,
                   const QString &message)
    {
        const auto found = memberOf(map, key);
        if (!found)
            return;
        const QString hint = kamal1Hint(parent, key);
        warn(QStringLiteral("lint.kamal1-") + key, join(parent, key), found->key, message, hint);
    }

    void kamal1Keys()
    {
        const QString unknown = QCoreApplication::translate(
            "KamalLint", "`%1` is Kamal 1 configuration; Kamal 2 rejects it as an unknown key.");
        for (const char *key : {"traefik", "healthcheck", "stop_wait_time", "primary_web_role"})
            kamal1Key(QString(), m_root, QLatin1String(key), unknown.arg(QLatin1String(key)));
        for (const auto &[path, role] : roles()) {
            for (const char *key : {"traefik", "healthcheck"})
                kamal1Key(path, role, QLatin1String(key), unknown.arg(QLatin1String(key)));
        }
        const YamlNodePtr builder = valueOf(m_root, QLatin1String("builder"));
        kamal1Key(QStringLiteral("builder"), builder, QLatin1String("multiarch"),
                  unknown.arg(QLatin1String("multiarch")));
        if (const auto remote = memberOf(builder, QLatin1String("remote"));
            remote && isHash(remote->value)) {
            warn(QStringLiteral("lint.kamal1-builder-remote"), QStringLiteral("builder/remote"),
                 remote->key,
                 QCoreApplication::translate(
                     "KamalLint",
                     "`builder: remote:` with `arch`/`host` inside is Kamal 1 syntax; Kamal 2 "
                     "expects a connection string."),
                 QCoreApplication::translate(
                     "KamalLint",
                     "Write `remote: ssh://user@builder-host` and list the architectures "
                     "in `builder: arch:`."));
        }
        if (const auto local = memberOf(builder, QLatin1String("local"));
            local && isHash(local->value)) {
            warn(QStringLiteral("lint.kamal1-builder-local"), QStringLiteral("builder/local"),
                 local->key,
                 QCoreApplication::translate(
                     "KamalLint",
                     "`builder: local:` with `arch`/`host` inside is Kamal 1 syntax; in Kamal "
                     "2 `local` is true or false."),
                 QCoreApplication::translate(
                     "KamalLint",
                     "List the architectures in `builder: arch:` and drop `local` (or set "
                     "`local: false` to always build remotely)."));
        }
        // Traefik routing labels are accepted but do nothing since Kamal 2.
        QList<std::pair<QString, YamlNodePtr>> owners = roles() + accessories();
        owners.prepend({QString(), m_root});
        for (const auto &[path, owner] : std::as_const(owners)) {
            for (const Member &label : members(valueOf(owner, QLatin1String("labels")))) {
                if (!label.name.startsWith(QLatin1String("traefik.")))
                    continue;
                warn(QStringLiteral("lint.kamal1-traefik-label"),
                     join(join(path, QStringLiteral("labels")), label.name), label.key,
                     QCoreApplication::translate(
                         "KamalLint",
                         "The Traefik label `%1` has no effect: Kamal 2 routes with "
                         "kamal-proxy.")
                         .arg(label.name),
                     QCoreApplication::translate(
                         "KamalLint",
                         "Remove it and route with `proxy: host:` / `proxy: path_prefix:`."),
                     Severity::Info);
            }
        }
    }

    // Docker publishes ports with its own iptables rules, in front of UFW and firewalld: a port
    // without a bind address is open to the internet even where the firewall says no.
    void accessoryPorts()
    {
        for (const auto &[path, accessory] : accessories()) {
            QList<std::pair<QString, YamlNodePtr>> ports;
            if (const auto port = memberOf(accessory, QLatin1String("port"));
                port && present(port->value))
                ports.append({join(path, QStringLiteral("port")), port->value});
            const YamlNodePtr publish
                = valueOf(valueOf(accessory, QLatin1String("options")), QLatin1String("publish"));
            if (isArray(publish)) {
                for (qsizetype i = 0; i < publish->items.size(); ++i)
                    ports.append({join(path, QStringLiteral("options/publish/%1").arg(i)),
                                  publish->items.at(i)});
            } else if (present(publish)) {
                ports.append({join(path, QStringLiteral("options/publish")), publish});
            }
            for (const auto &[portPath, node] : std::as_const(ports)) {
                if (isHash(node) || isArray(node))
                    continue;
                const QString text = rubyToS(node);
                const QString mapping = text.section(QLatin1Char('/'), 0, 0);
                const bool bound
                    = mapping.startsWith(QLatin1Char('[')) || mapping.count(QLatin1Char(':')) >= 2;
                if (bound)
                    continue;
                const QString suffix = text.mid(mapping.size());
                const QString safe = QStringLiteral("127.0.0.1:")
                    + (mapping.contains(QLatin1Char(':')) ? mapping
                                                          : mapping + QLatin1Char(':') + mapping)
                    + suffix;
                warn(
                    QStringLiteral("lint.public-port"), portPath, node,
                    QCoreApplication::translate(
                        "KamalLint", "%1 publishes port %2 on every network interface of its host.")
                        .arg(path, text),
                    QCoreApplication::translate(
                        "KamalLint",
                        "Write \"%1\" to reach it only from the host (the app reaches it "
                        "over the kamal network anyway). Docker's published ports bypass "
                        "firewalls such as UFW.")
                        .arg(safe));
            }
        }
    }

    void sslWithoutHost()
    {
        const auto check = [this](const QString &path, const YamlNodePtr &proxy,
                                  const YamlNodePtr &at) {
            const YamlNodePtr ssl = valueOf(proxy, QLatin1String("ssl"));
            if (!truthy(ssl) || present(valueOf(proxy, QLatin1String("host")))
                || present(valueOf(proxy, QLatin1String("hosts"))))
                return;
            warn(QStringLiteral("lint.ssl-without-host"), path, at ? at : ssl,
                 QCoreApplication::translate("KamalLint", "SSL is on but no host name is set."),
                 QCoreApplication::translate(
                     "KamalLint",
                     "Add `host: app.example.com` next to `ssl:` — Let's Encrypt issues "
                     "certificates for a name that points at the server, not for an IP."));
        };
        const YamlNodePtr rootProxy = valueOf(m_root, QLatin1String("proxy"));
        if (isHash(rootProxy))
            check(QStringLiteral("proxy"), rootProxy, nullptr);
        for (const auto &[path, role] : roles()) {
            const auto own = memberOf(role, QLatin1String("proxy"));
            if (!own || !isHash(own->value))
                continue;
            // Only where the role itself turns SSL on or sets the hosts; the root is reported
            // above.
            const bool ownSettings = hasKey(own->value, QLatin1String("ssl"))
                || hasKey(own->value, QLatin1String("host"))
                || hasKey(own->value, QLatin1String("hosts"));
            if (!ownSettings)
                continue;
            const YamlNodePtr merged
                = isHash(rootProxy) ? mergeHashes(rootProxy, own->value) : own->value;
            check(join(path, QStringLiteral("proxy")), merged, own->key);
        }
        for (const auto &[path, accessory] : accessories()) {
            const YamlNodePtr proxy = valueOf(accessory, QLatin1String("proxy"));
            if (isHash(proxy))
                check(join(path, QStringLiteral("proxy")), proxy, nullptr);
        }
    }

    static bool secretLooking(const QString &name)
    {
        const QString upper = name.toUpper();
        if (upper.endsWith(QLatin1String("_FILE")) || upper.endsWith(QLatin1String("_PATH")))
            return false; // a path to the secret, e.g. POSTGRES_PASSWORD_FILE
        return upper.contains(QLatin1String("PASSWORD")) || upper.contains(QLatin1String("PASSWD"))
            || upper.contains(QLatin1String("SECRET")) || upper.contains(QLatin1String("TOKEN"))
            || upper.endsWith(QLatin1String("_KEY"));
    }

    void clearValues(const QString &path, const YamlNodePtr &env)
    {
        if (!isHash(env))
            return;
        const bool complex = hasKey(env, QLatin1String("clear"))
            || hasKey(env, QLatin1String("secret")) || hasKey(env, QLatin1String("tags"));
        const QString clearPath = complex ? join(path, QStringLiteral("clear")) : path;
        for (const Member &variable :
             members(complex ? valueOf(env, QLatin1String("clear")) : env)) {
            const RubyType type = rubyType(variable.value);
            // Booleans and numbers are settings (TOKEN_TTL: 3600); `${VAR}` is expanded on the
            // host; an ERB tag Berth could not evaluate is no value written in the file.
            if (type != RubyType::String || !present(variable.value)
                || variable.value->scalar.startsWith(QLatin1Char('$'))
                || variable.value->scalar.contains(QLatin1String("<%"))
                || !secretLooking(variable.name))
                continue;
            warn(QStringLiteral("lint.clear-secret"), join(clearPath, variable.name), variable.key,
                 QCoreApplication::translate(
                     "KamalLint", "%1 looks like a secret but its value is written in clear.")
                     .arg(variable.name),
                 QCoreApplication::translate(
                     "KamalLint",
                     "List %1 under `env: secret:` and put the value in .kamal/secrets; clear "
                     "values end up in the repository and in `docker inspect`.")
                     .arg(variable.name));
        }
        if (complex) {
            for (const Member &tag : members(valueOf(env, QLatin1String("tags"))))
                clearValues(join(join(path, QStringLiteral("tags")), tag.name), tag.value);
        }
    }

    void secretsInClearEnv()
    {
        clearValues(QStringLiteral("env"), valueOf(m_root, QLatin1String("env")));
        for (const auto &[path, owner] : roles() + accessories())
            clearValues(join(path, QStringLiteral("env")), valueOf(owner, QLatin1String("env")));
    }

    void healthcheckPaths()
    {
        QList<std::pair<QString, YamlNodePtr>> proxies {
            {QStringLiteral("proxy"), valueOf(m_root, QLatin1String("proxy"))}};
        for (const auto &[path, owner] : roles() + accessories())
            proxies.append(
                {join(path, QStringLiteral("proxy")), valueOf(owner, QLatin1String("proxy"))});
        for (const auto &[path, proxy] : std::as_const(proxies)) {
            const YamlNodePtr healthPath
                = valueOf(valueOf(proxy, QLatin1String("healthcheck")), QLatin1String("path"));
            if (!present(healthPath) || isHash(healthPath) || isArray(healthPath))
                continue;
            const QString text = rubyToS(healthPath);
            if (text.startsWith(QLatin1Char('/')))
                continue;
            warn(QStringLiteral("lint.healthcheck-path"),
                 join(path, QStringLiteral("healthcheck/path")), healthPath,
                 QCoreApplication::translate(
                     "KamalLint", "The health check path \"%1\" does not start with '/'.")
                     .arg(text),
                 QCoreApplication::translate(
                     "KamalLint",
                     "Write \"/%1\": kamal-proxy requests the path as written, and without "
                     "the '/' the check fails and the deploy times out.")
                     .arg(text));
        }
    }

    // Keys written twice in one map: YAML keeps the last, silently. Entries that a `<<` merge
    // brought in are meant to be overridden and do not count. A merged entry shares its key
    // node with the map it was written in; that map is the one that starts closest before it.
    void duplicateKeys()
    {
        if (!m_root)
            return;
        QHash<const YamlNode *, QList<const YamlNode *>> mapsOfKey;
        QSet<const YamlNode *> visited;
        collectMaps(m_root, mapsOfKey, visited);
        QHash<const YamlNode *, const YamlNode *> owner;
        for (auto it = mapsOfKey.cbegin(); it != mapsOfKey.cend(); ++it) {
            const YamlNode *best = nullptr;
            for (const YamlNode *map : it.value()) {
                if (map->offset > it.key()->offset && it.key()->offset >= 0)
                    continue;
                if (!best || map->offset > best->offset)
                    best = map;
            }
            owner.insert(it.key(), best ? best : it.value().constFirst());
        }
        visited.clear();
        reportDuplicates(m_root, QString(), owner, visited);
    }

    static void collectMaps(const YamlNodePtr &node,
                            QHash<const YamlNode *, QList<const YamlNode *>> &mapsOfKey,
                            QSet<const YamlNode *> &visited)
    {
        if (!node || visited.contains(node.get()))
            return;
        visited.insert(node.get());
        for (const YamlEntry &entry : node->entries) {
            QList<const YamlNode *> &maps = mapsOfKey[entry.key.get()];
            if (!maps.contains(node.get()))
                maps.append(node.get());
            collectMaps(entry.value, mapsOfKey, visited);
        }
        for (const YamlNodePtr &item : node->items)
            collectMaps(item, mapsOfKey, visited);
    }

    void reportDuplicates(const YamlNodePtr &node, const QString &path,
                          const QHash<const YamlNode *, const YamlNode *> &owner,
                          QSet<const YamlNode *> &visited)
    {
        if (!node || visited.contains(node.get()))
            return;
        visited.insert(node.get());
        QHash<QString, YamlNodePtr> first;
        for (const YamlEntry &entry : node->entries) {
            if (owner.value(entry.key.get()) != node.get())
                continue;
            const QString name = rubyToS(entry.key);
            if (!first.contains(name)) {
                first.insert(name, entry.key);
                continue;
            }
            const YamlNodePtr earlier = first.value(name);
            warn(QStringLiteral("lint.duplicate-key"), join(path, name), entry.key,
                 QCoreApplication::translate(
                     "KamalLint",
                     "`%1` is set twice in the same map (first on line %2); only this "
                     "last value counts.")
                     .arg(name)
                     .arg(earlier->line),
                 QCoreApplication::translate(
                     "KamalLint",
                     "Remove one of the two `%1` entries, or merge them into one; YAML "
                     "silently ignores the earlier value.")
                     .arg(name));
        }
        for (const Member &member : members(node))
            reportDuplicates(member.value, join(path, member.name), owner, visited);
        for (qsizetype i = 0; i < node->items.size(); ++i)
            reportDuplicates(node->items.at(i), join(path, QString::number(i)), owner, visited);
    }

    Diagnostics m_diagnostics;
    YamlNodePtr m_root;
};

} // namespace

Diagnostics validateKamal(const YamlNodePtr &root, const ValidationContext &context)
{
    Checker checker(context);
    return checker.run(root);
}

Diagnostics lintConfig(const YamlNodePtr &root, const ValidationContext &context)
{
    Q_UNUSED(context) // nothing in the lint depends on the destination yet
    Linter linter;
    return linter.run(root);
}

} // namespace Berth::Config
