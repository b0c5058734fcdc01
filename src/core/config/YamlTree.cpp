#include "core/config/YamlTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace Berth::Config {

namespace {

// Psych (YAML 1.1) scalar types, from its ScalarScanner.
const QRegularExpression &booleanPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:yes|true|on|no|false|off)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}
const QRegularExpression &integerPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)"
                       "|[-+]?0x[0-9a-fA-F_,]+)$"));
    return pattern;
}
const QRegularExpression &floatPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_,]*)?\\.[0-9]*(?:[eE][-+][0-9]+)?|[-+]?\\.(?:inf|Inf|"
                       "INF)|\\.(?:nan|NaN|NAN))$"));
    return pattern;
}

// Aliases make a tree a graph; a hostile file ("billion laughs") could expand it without
// bound. Kamal configs are tiny: these limits are far above any real one.
constexpr int MaxDepth = 200;
constexpr qint64 MaxExpandedNodes = 200000;

class Converter
{
    Q_DECLARE_TR_FUNCTIONS(YamlTree)

public:
    Converter(const QString &text, QString fileName)
        : m_text(text)
        , m_fileName(std::move(fileName))
    {
        // yaml-cpp reports byte offsets into the UTF-8 text; Qt strings count UTF-16 units.
        m_byteToIndex.reserve(static_cast<size_t>(text.size()) * 2 + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = text.at(i).unicode();
            // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
            const int bytes = unit < 0x80 ? 1 : (unit < 0x800 || QChar::isSurrogate(unit)) ? 2 : 3;
            for (int b = 0; b < bytes; ++b)
                m_byteToIndex.push_back(i);
        }
        m_byteToIndex.push_back(text.size());
        m_lineStarts.append(0);
        qsizetype index = 0;
        for (const QChar c : text) {
            ++index;
            if (c == QLatin1Char('\n'))
                m_lineStarts.append(index);
        }
    }

    qsizetype indexForByte(int byteOffset) const
    {
        if (byteOffset < 0)
            return -1;
        const auto b = static_cast<size_t>(byteOffset);
        return b < m_byteToIndex.size() ? m_byteToIndex[b] : m_text.size();
    }

    void locate(qsizetype index, int &line, int &column) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), index);
        const auto lineIndex = static_cast<int>(std::distance(m_lineStarts.cbegin(), it)) - 1;
        line = lineIndex + 1;
        column = static_cast<int>(index - m_lineStarts.at(lineIndex)) + 1;
    }

    Diagnostic diagnosticAt(qsizetype index, const QString &message, const QString &code) const
    {
        Diagnostic diagnostic;
        diagnostic.code = code;
        diagnostic.message = message;
        diagnostic.location.file = m_fileName;
        diagnostic.location.offset = index;
        if (index >= 0)
            locate(index, diagnostic.location.line, diagnostic.location.column);
        return diagnostic;
    }

    YamlNodePtr convert(const YAML::Node &node, bool inFlow, int depth)
    {
        if (depth > MaxDepth)
            throw LimitExceeded {tr("The YAML nests deeper than %1 levels.").arg(MaxDepth)};
        if (++m_expanded > MaxExpandedNodes)
            throw LimitExceeded {tr("The YAML expands to more than %1 nodes through aliases.")
                                     .arg(MaxExpandedNodes)};

        const YAML::Mark mark = node.Mark();
        const bool collection = node.IsMap() || node.IsSequence();
        if (collection && mark.pos >= 0) {
            // Aliased collections are the same yaml-cpp node at the same position: convert once.
            if (const auto cached = m_memo.constFind(mark.pos); cached != m_memo.cend())
                return *cached;
        }

        auto result = std::make_shared<YamlNode>();
        result->file = m_fileName;
        result->offset = indexForByte(mark.pos);
        if (result->offset >= 0)
            locate(result->offset, result->line, result->column);
        result->flow = node.Style() == YAML::EmitterStyle::Flow;

        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            result->kind = YamlNode::Kind::Null;
            if (node.Tag() != "!" && mark.pos >= 0) {
                // `~` or `null` written out: it has text; an empty value has none.
                const QString word = m_text.mid(result->offset, 4);
                if (word.startsWith(QLatin1Char('~')))
                    result->endOffset = result->offset + 1;
                else if (word.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
                    result->endOffset = result->offset + 4;
                else
                    result->offset = -1;
            }
            break;
        case YAML::NodeType::Scalar:
            result->kind = YamlNode::Kind::Scalar;
            result->scalar = QString::fromStdString(node.Scalar());
            result->quoted = node.Tag() == "!";
            if (result->quoted && result->offset >= 0 && result->offset < m_text.size()) {
                result->quote = m_text.at(result->offset);
                // yaml-cpp ends an unclosed quoted scalar at the end of the file; libyaml
                // (Psych, so Kamal) rejects it, and so must Berth, or an edit lands inside it.
                if (!isClosed(result->offset))
                    throw SyntaxError {
                        result->offset,
                        QStringLiteral(
                            "found unexpected end of stream while scanning a quoted scalar")};
            }
            result->endOffset = scalarEnd(*result, inFlow);
            break;
        case YAML::NodeType::Sequence:
            result->kind = YamlNode::Kind::Sequence;
            for (const auto &item : node)
                result->items.append(convert(item, inFlow || result->flow, depth + 1));
            break;
        case YAML::NodeType::Map: {
            result->kind = YamlNode::Kind::Map;
            const bool childFlow = inFlow || result->flow;
            for (const auto &entry : node) {
                YamlEntry converted {convert(entry.first, childFlow, depth + 1),
                                     convert(entry.second, childFlow, depth + 1)};
                const bool mergeKey = converted.key->isScalar() && !converted.key->quoted
                    && converted.key->scalar == QLatin1String("<<");
                if (mergeKey && mergeInto(*result, converted.value))
                    continue;
                result->entries.append(converted);
            }
            break;
        }
        }
        if (collection && mark.pos >= 0)
            m_memo.insert(mark.pos, result);
        return result;
    }

    struct LimitExceeded
    {
        QString message;
    };
    struct SyntaxError
    {
        qsizetype offset;
        QString message;
    };

private:
    // Psych's merge: `<<: *map` or `<<: [*a, *b]` (earlier maps in the list win). Returns false
    // when the value cannot be merged; then `<<` stays an ordinary key, as in Psych.
    static bool mergeInto(YamlNode &target, const YamlNodePtr &value)
    {
        if (value->isMap()) {
            target.entries.append(value->entries);
            return true;
        }
        if (!value->isSequence())
            return false;
        for (const YamlNodePtr &item : value->items) {
            if (!item->isMap())
                return false;
        }
        QList<YamlEntry> merged;
        for (auto it = value->items.crbegin(); it != value->items.crend(); ++it)
            merged.append((*it)->entries);
        target.entries.append(merged);
        return true;
    }

    // Whether the quoted scalar starting at `start` has its closing quote (across lines too).
    bool isClosed(qsizetype start) const
    {
        const QChar quote = m_text.at(start);
        if (quote != QLatin1Char('"') && quote != QLatin1Char('\''))
            return true;
        for (qsizetype i = start + 1; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            const bool escape = (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                || (c == quote && quote == QLatin1Char('\'') && i + 1 < m_text.size()
                    && m_text.at(i + 1) == quote);
            if (escape)
                ++i; // skip the escaped character, or the second quote of ''
            else if (c == quote)
                return true;
        }
        return false;
    }

    // Finds where a scalar's text ends. Only single-line forms are located exactly; for the
    // rest (block scalars, multi-line plain scalars) the end is unknown (-1) and editors leave
    // them to the source view.
    qsizetype scalarEnd(const YamlNode &node, bool inFlow) const
    {
        const qsizetype start = node.offset;
        if (start < 0 || start >= m_text.size())
            return -1;
        const QChar first = m_text.at(start);
        if (first == QLatin1Char('"')) {
            for (qsizetype i = start + 1; i < m_text.size(); ++i) {
                const QChar c = m_text.at(i);
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    return i + 1;
                else if (c == QLatin1Char('\n'))
                    return -1;
            }
            return -1;
        }
        if (first == QLatin1Char('\'')) {
            for (qsizetype i = start + 1; i < m_text.size(); ++i) {
                const QChar c = m_text.at(i);
                if (c == QLatin1Char('\'')) {
                    if (i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('\''))
                        ++i;
                    else
                        return i + 1;
                } else if (c == QLatin1Char('\n')) {
                    return -1;
                }
            }
            return -1;
        }
        if (first == QLatin1Char('|') || first == QLatin1Char('>'))
            return -1;
        qsizetype end = start;
        while (end < m_text.size()) {
            const QChar c = m_text.at(end);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            if (c == QLatin1Char('#') && end > start && m_text.at(end - 1).isSpace())
                break;
            if (inFlow && (c == QLatin1Char(',') || c == QLatin1Char(']') || c == QLatin1Char('}')))
                break;
            if (c == QLatin1Char(':') && (end + 1 >= m_text.size() || m_text.at(end + 1).isSpace()))
                break;
            ++end;
        }
        while (end > start && m_text.at(end - 1).isSpace())
            --end;
        // A plain scalar that continues on the next line reads differently from its first line.
        return m_text.mid(start, end - start) == node.scalar ? end : -1;
    }

    const QString &m_text;
    QString m_fileName;
    std::vector<qsizetype> m_byteToIndex;
    QList<qsizetype> m_lineStarts;
    QHash<int, YamlNodePtr> m_memo;
    qint64 m_expanded = 0;
};

} // namespace

YamlNodePtr YamlNode::value(const QString &key) const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->key->isScalar() && it->key->scalar == key)
            return it->value;
    }
    return nullptr;
}

QStringList YamlNode::keys() const
{
    QStringList result;
    for (const YamlEntry &entry : entries) {
        const QString key = entry.key->isScalar() ? entry.key->scalar : QString();
        if (!result.contains(key))
            result.append(key);
    }
    return result;
}

bool YamlNode::isBoolean() const
{
    return isScalar() && !quoted && booleanPattern().match(scalar).hasMatch();
}

bool YamlNode::isInteger() const
{
    return isScalar() && !quoted && integerPattern().match(scalar).hasMatch();
}

bool YamlNode::isFloat() const
{
    return isScalar() && !quoted && !isInteger() && floatPattern().match(scalar).hasMatch();
}

bool YamlNode::isSymbol() const
{
    return isScalar() && !quoted && scalar.size() > 1 && scalar.startsWith(QLatin1Char(':'));
}

bool YamlNode::booleanValue() const
{
    const QString lower = scalar.toLower();
    return lower == QLatin1String("yes") || lower == QLatin1String("true")
        || lower == QLatin1String("on");
}

YamlParseResult parseYaml(const QString &text, const QString &fileName)
{
    Converter converter(text, fileName);
    YamlParseResult result;
    // YAML allows only printable characters; libyaml (Psych, so Kamal) stops at any other,
    // while yaml-cpp would quietly end the document at a NUL and parse only what precedes it.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool printable = c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E)
            || c == 0x85 || c >= 0xA0;
        if (!printable || c == 0xFFFE || c == 0xFFFF) {
            result.error
                = converter.diagnosticAt(i, QStringLiteral("control characters are not allowed"),
                                         QStringLiteral("yaml.syntax"));
            return result;
        }
    }
    try {
        const YAML::Node document = YAML::Load(text.toStdString());
        result.root = converter.convert(document, false, 0);
        if (result.root->isNull()) {
            // yaml-cpp reads some malformed text as an empty document where libyaml stops
            // with an error: an empty document has nothing but comments and markers.
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString line = lines.at(i).trimmed();
                const bool empty = line.isEmpty() || line.startsWith(QLatin1Char('#'))
                    || line.startsWith(QLatin1Char('%')) || line == QLatin1String("---")
                    || line == QLatin1String("...") || line == QLatin1String("~")
                    || line == QLatin1String("null") || line == QLatin1String("--- ~")
                    || line == QLatin1String("--- null");
                if (!empty) {
                    qsizetype offset = 0;
                    for (qsizetype j = 0; j < i; ++j)
                        offset += lines.at(j).size() + 1;
                    result.root.reset();
                    result.error = converter.diagnosticAt(
                        offset, QStringLiteral("did not find expected node content"),
                        QStringLiteral("yaml.syntax"));
                    break;
                }
            }
        }
    } catch (const YAML::Exception &exception) {
        const QString message = QString::fromStdString(exception.msg);
        result.error = converter.diagnosticAt(converter.indexForByte(exception.mark.pos), message,
                                              QStringLiteral("yaml.syntax"));
    } catch (const Converter::SyntaxError &syntax) {
        result.root.reset();
        result.error
            = converter.diagnosticAt(syntax.offset, syntax.message, QStringLiteral("yaml.syntax"));
    } catch (const Converter::LimitExceeded &limit) {
        result.error = converter.diagnosticAt(0, limit.message, QStringLiteral("yaml.limit"));
    }
    return result;
}

} // namespace Berth::Config
