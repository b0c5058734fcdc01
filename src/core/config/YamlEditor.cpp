#include "core/config/YamlEditor.h"

#include "core/config/YamlWriter.h"

#include <QRegularExpression>

namespace Berth::Config {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

std::optional<qsizetype> indexOf(const QString &component)
{
    bool ok = false;
    const qsizetype index = component.toLongLong(&ok);
    return ok && index >= 0 ? std::optional<qsizetype>(index) : std::nullopt;
}

bool looksLikeAnotherType(const QString &text)
{
    // What Psych would read as null, a boolean or a number if written plain.
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:~|null|Null|NULL|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|"
        "Off|OFF"
        "|[-+]?[0-9][0-9_,]*" // integers
        "|[-+]?(?:[0-9][0-9_,]*)?\\.[0-9]*(?:[eE][-+]?[0-9]+)?" // floats (one dot: 10.0.0.1 is a
                                                                // string)
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?" // YAML 1.1 base 60: 12:30
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*" // dates and timestamps
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|[-+]?0x[0-9a-fA-F_,]+|[-+]?0b[01_,]+)$"));
    return pattern.match(text).hasMatch();
}

bool isPlainSafe(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    if (QStringLiteral("-?:,[]{}#&*!|>'\"%@`").contains(text.front()))
        return false;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #"))
        || text.endsWith(QLatin1Char(':')))
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return !looksLikeAnotherType(text);
}

QString doubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '"': out += QLatin1String("\\\""); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

// Start of the line holding `offset`.
qsizetype lineStartOf(const QString &text, qsizetype offset)
{
    return offset <= 0 ? 0 : text.lastIndexOf(QLatin1Char('\n'), offset - 1) + 1;
}

int indentationOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

bool isContentLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    return !trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#'));
}

// The tree `root` would be with the entry or item at `components` gone: what a removal must
// read back as. Only the nodes on the way down are copied.
YamlNodePtr without(const YamlNodePtr &node, const QStringList &components, qsizetype depth = 0)
{
    auto copy = std::make_shared<YamlNode>(*node);
    const QString &component = components.at(depth);
    const bool last = depth + 1 == components.size();
    if (node->isMap()) {
        for (qsizetype i = copy->entries.size() - 1; i >= 0; --i) {
            if (!copy->entries.at(i).key->isScalar()
                || copy->entries.at(i).key->scalar != component)
                continue;
            if (last)
                copy->entries.removeAt(i);
            else
                copy->entries[i].value = without(copy->entries.at(i).value, components, depth + 1);
            break;
        }
    } else if (node->isSequence()) {
        const auto index = indexOf(component);
        if (index && *index < copy->items.size()) {
            if (last)
                copy->items.removeAt(*index);
            else
                copy->items[*index] = without(copy->items.at(*index), components, depth + 1);
        }
    }
    // `key:` with its last block entry gone is read as null, not as an empty collection.
    if (last && !copy->flow && copy->entries.isEmpty() && copy->items.isEmpty())
        copy->kind = YamlNode::Kind::Null;
    return copy;
}

} // namespace

YamlEditor::YamlEditor(QString templateText, QString renderedText, YamlNodePtr root, SourceMap map)
    : m_template(std::move(templateText))
    , m_rendered(std::move(renderedText))
    , m_root(std::move(root))
    , m_map(std::move(map))
{ }

YamlNodePtr YamlEditor::find(const YamlNodePtr &root, const QString &path)
{
    YamlNodePtr node = root;
    const QStringList components = splitPath(path);
    for (const QString &component : components) {
        if (!node)
            return nullptr;
        if (node->isMap()) {
            node = node->value(component);
        } else if (node->isSequence()) {
            const auto index = indexOf(component);
            if (!index || *index >= node->items.size())
                return nullptr;
            node = node->items.at(*index);
        } else {
            return nullptr;
        }
    }
    return node;
}

QString YamlEditor::format(const ScalarValue &value, const YamlNode *like)
{
    // ERB runs over the whole file before YAML is read: a literal "<%" must be escaped.
    QString text = QString(value.text).replace(QLatin1String("<%"), QLatin1String("<%%"));
    if (value.type != ScalarValue::Type::String)
        return text;
    if (like && like->quoted && like->quote == QLatin1Char('\'')
        && !text.contains(QLatin1Char('\n')))
        return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("''"))
            + QLatin1Char('\'');
    if (like && like->quoted)
        return doubleQuoted(text);
    return isPlainSafe(text) ? text : doubleQuoted(text);
}

std::optional<qsizetype> YamlEditor::toTemplate(qsizetype renderedOffset) const
{
    if (!m_map)
        return renderedOffset;
    if (renderedOffset >= m_rendered.size())
        return m_template.size() - (m_rendered.size() - renderedOffset);
    return m_map(renderedOffset);
}

QString YamlEditor::newline() const
{
    return m_template.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n")
                                                      : QStringLiteral("\n");
}

Result<QString> YamlEditor::set(const QString &path, const ScalarValue &value) const
{
    return commit(planSet(path, value), path, isScalar(value.text));
}

Result<QString> YamlEditor::append(const QString &path, const ScalarValue &value) const
{
    const YamlNodePtr list = m_root ? find(m_root, path) : nullptr;
    const qsizetype index = list && list->isSequence() ? list->items.size() : 0;
    return commit(planAppend(path, value), path + QStringLiteral("/%1").arg(index),
                  isScalar(value.text));
}

YamlEditor::NodeCheck YamlEditor::isScalar(const QString &expected)
{
    return [expected](const YamlNode &node) { return node.isScalar() && node.scalar == expected; };
}

Result<QString> YamlEditor::insertMap(const QString &path, const QString &block) const
{
    if (m_root && find(m_root, path))
        return fail(QStringLiteral("edit.exists"), tr("“%1” already exists.").arg(path));
    const YamlParseResult parsed = parseYaml(block, QString());
    if (!parsed.root || !parsed.root->isMap())
        return fail(QStringLiteral("edit.block"), tr("The text to insert is not a YAML map."));
    const QStringList keys = parsed.root->keys();
    return commit(
        m_root ? insertPath(path, block, Insert::Block)
               : fail(QStringLiteral("edit.unparsed"),
                      tr("The file cannot be read as YAML; fix it in the YAML view first.")),
        path, [keys](const YamlNode &node) { return node.isMap() && node.keys() == keys; });
}

Result<QString> YamlEditor::commit(const Result<Change> &change, const QString &path,
                                   const NodeCheck &check) const
{
    if (!change)
        return unexpected(change.error());
    // Every edit is checked before anyone sees it: the same change made to the rendered text
    // must parse, and must read back as the value asked for. An edit that would reshape the
    // document in a way this editor did not intend is refused instead of written.
    QString rendered = m_rendered;
    rendered.replace(change->renderedStart, change->renderedLength,
                     QString(change->text).replace(QLatin1String("<%%"), QLatin1String("<%")));
    const YamlParseResult reparsed = parseYaml(rendered, QString());
    const YamlNodePtr node = reparsed.root ? find(reparsed.root, path) : nullptr;
    if (!node || !check(*node))
        return fail(
            QStringLiteral("edit.unverified"),
            tr("Berth could not change “%1” without disturbing the rest of the file; edit it "
               "in the YAML view.")
                .arg(path));
    return QString(m_template).replace(change->templateStart, change->templateLength, change->text);
}

Result<YamlEditor::Change> YamlEditor::planSet(const QString &path, const ScalarValue &value) const
{
    if (!m_root)
        return fail(QStringLiteral("edit.unparsed"),
                    tr("The file cannot be read as YAML; fix it in the YAML view first."));
    const YamlNodePtr node = find(m_root, path);
    if (!node)
        return insertPath(path, format(value), Insert::Scalar);
    if (node->isScalar() || (node->isNull() && node->offset >= 0))
        return replaceScalar(path, *node, value);
    if (node->isNull()) {
        // `key:` with no value: write the value after the colon.
        const QStringList components = splitPath(path);
        const YamlNodePtr parent = find(
            m_root, QStringList(components.mid(0, components.size() - 1)).join(QLatin1Char('/')));
        if (parent && parent->isMap()) {
            for (auto it = parent->entries.crbegin(); it != parent->entries.crend(); ++it) {
                if (it->key->scalar != components.constLast() || it->key->endOffset < 0)
                    continue;
                const qsizetype colon = m_rendered.indexOf(QLatin1Char(':'), it->key->endOffset);
                const auto at = toTemplate(colon + 1);
                if (colon < 0 || !at)
                    break;
                return Change {colon + 1, 0, *at, 0, QLatin1Char(' ') + format(value)};
            }
        }
        return fail(
            QStringLiteral("edit.unlocated"),
            tr("Berth cannot find where “%1” is written; edit it in the YAML view.").arg(path));
    }
    return fail(QStringLiteral("edit.not-a-scalar"),
                tr("“%1” holds a list or a map, not a single value.").arg(path));
}

Result<YamlEditor::Change> YamlEditor::replaceScalar(const QString &path, const YamlNode &node,
                                                     const ScalarValue &value) const
{
    if (node.endOffset < 0)
        return fail(QStringLiteral("edit.multiline"),
                    tr("“%1” spans several lines; edit it in the YAML view.").arg(path));
    const qsizetype length = node.endOffset - node.offset;
    const auto start = toTemplate(node.offset);
    const auto last = toTemplate(node.endOffset - 1);
    if (!start || !last || *last + 1 - *start != length
        || m_template.mid(*start, length) != m_rendered.mid(node.offset, length))
        return fail(
            QStringLiteral("edit.erb"),
            tr("“%1” is computed by an ERB tag in the file. Change the variable it reads on "
               "the Secrets page, or edit the tag in the YAML view.")
                .arg(path));
    return Change {node.offset, length, *start, length, format(value, &node)};
}

qsizetype YamlEditor::lineEndAfter(qsizetype offset) const
{
    const qsizetype newlineAt = m_rendered.indexOf(QLatin1Char('\n'), offset);
    return newlineAt < 0 ? m_rendered.size() : newlineAt + 1;
}

// Offset just past the last line that holds content of `node` (its line break included), found
// by indentation, as YAML defines block structure. Trailing comments and blank lines after the
// content belong to whatever follows and stay there.
qsizetype YamlEditor::lastEnd(const YamlNode &node) const
{
    qsizetype end = node.endOffset;
    if (end < 0 && node.isScalar() && node.quoted && node.offset >= 0) {
        // Multi-line quoted scalar: its end is the closing quote.
        for (qsizetype i = node.offset + 1; i < m_rendered.size(); ++i) {
            const QChar c = m_rendered.at(i);
            if (node.quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
                ++i;
            } else if (c == node.quote) {
                if (node.quote == QLatin1Char('\'') && i + 1 < m_rendered.size()
                    && m_rendered.at(i + 1) == node.quote) {
                    ++i;
                    continue;
                }
                end = i + 1;
                break;
            }
        }
    }
    const auto visit = [&](const YamlNodePtr &child) {
        // An alias points at a node written earlier, elsewhere: it says nothing about here.
        if (child && child->offset >= node.offset)
            end = std::max(end, lastEnd(*child));
    };
    for (const YamlEntry &entry : node.entries) {
        visit(entry.key);
        visit(entry.value);
    }
    for (const YamlNodePtr &item : node.items)
        visit(item);
    return end;
}

qsizetype YamlEditor::contentEnd(const YamlNode &node) const
{
    if (node.offset < 0)
        return -1;
    const qsizetype lineStart = lineStartOf(m_rendered, node.offset);
    int indent = static_cast<int>(node.offset - lineStart);
    bool sequence = node.isSequence() && !node.flow;
    if (sequence) {
        // The dash before the first item sets the sequence's indentation.
        const qsizetype dash = m_rendered.lastIndexOf(QLatin1Char('-'), node.offset);
        if (dash >= lineStart)
            indent = static_cast<int>(dash - lineStart);
    } else if (node.isScalar() || node.isNull() || node.flow) {
        // Content beyond the first line is indented deeper than the line that starts it.
        indent = indentationOf(m_rendered.mid(lineStart, node.offset - lineStart)) + 1;
    }
    qsizetype end = lineEndAfter(node.offset);
    for (qsizetype next = end; next < m_rendered.size();) {
        const qsizetype nextEnd = lineEndAfter(next);
        const QString line = m_rendered.mid(next, nextEnd - next);
        if (isContentLine(line)) {
            const int lineIndent = indentationOf(line);
            const bool belongs = lineIndent > indent
                || (lineIndent == indent && !node.isScalar() && !node.isNull() && !node.flow
                    && (!sequence || line.mid(lineIndent).startsWith(QLatin1Char('-')))
                    && !line.startsWith(QLatin1String("---"))
                    && !line.startsWith(QLatin1String("...")));
            if (!belongs)
                break;
            end = nextEnd;
        }
        next = nextEnd;
    }
    // A quoted scalar may continue on lines that are not indented (libyaml accepts that):
    // whatever the indentation says, the node ends no earlier than its last scalar does.
    const qsizetype lastScalarEnd = lastEnd(node);
    return lastScalarEnd > 0 ? std::max(end, lineEndAfter(lastScalarEnd - 1)) : end;
}

Result<YamlEditor::Change> YamlEditor::insertLinesAt(qsizetype renderedLineStart,
                                                     const QStringList &lines) const
{
    const auto at = toTemplate(renderedLineStart);
    if (!at)
        return fail(
            QStringLiteral("edit.erb"),
            tr("The place to insert is produced by an ERB tag; edit the YAML view instead."));
    const QString eol = newline();
    QString insertion = lines.join(eol) + eol;
    if (*at > 0 && *at == m_template.size() && !m_template.endsWith(QLatin1Char('\n')))
        insertion.prepend(eol); // the file had no final newline
    return Change {renderedLineStart, 0, *at, 0, insertion};
}

Result<YamlEditor::Change> YamlEditor::insertPath(const QString &path, const QString &valueText,
                                                  Insert mode) const
{
    const QStringList components = splitPath(path);
    if (components.isEmpty())
        return fail(QStringLiteral("edit.path"), tr("No path given."));

    // Walk down to the deepest part of the path that exists.
    YamlNodePtr node = m_root;
    YamlNodePtr keyOfEmptyValue;
    qsizetype depth = 0;
    while (depth < components.size() && node && node->isMap()) {
        const QString &component = components.at(depth);
        YamlNodePtr keyNode;
        YamlNodePtr child;
        for (auto it = node->entries.crbegin(); it != node->entries.crend(); ++it) {
            if (it->key->isScalar() && it->key->scalar == component) {
                keyNode = it->key;
                child = it->value;
                break;
            }
        }
        if (!child)
            break;
        ++depth;
        node = child;
        if (child->isNull()) {
            keyOfEmptyValue = keyNode;
            break;
        }
    }
    for (qsizetype i = depth; i < components.size(); ++i) {
        if (indexOf(components.at(i)))
            return fail(QStringLiteral("edit.path"),
                        tr("“%1” names an item of a list that does not exist.").arg(path));
    }

    int indent = 0;
    qsizetype insertAt = 0;
    if (keyOfEmptyValue) {
        // `proxy:` with nothing under it yet: the new keys go on the following lines.
        if (depth == components.size())
            return fail(QStringLiteral("edit.unlocated"), tr("“%1” already exists.").arg(path));
        const qsizetype keyLineStart = lineStartOf(m_rendered, keyOfEmptyValue->offset);
        indent = static_cast<int>(keyOfEmptyValue->offset - keyLineStart) + 2;
        insertAt = lineEndAfter(keyOfEmptyValue->offset);
    } else if (node && node->isMap() && !node->flow && !node->entries.isEmpty()) {
        const YamlNodePtr firstKey = node->entries.constFirst().key;
        if (firstKey->offset < 0 || node->offset < 0) // e.g. an empty key (`: value`)
            return fail(
                QStringLiteral("edit.unlocated"),
                tr("Berth cannot find where “%1” is written; edit it in the YAML view.").arg(path));
        const qsizetype lineStart = lineStartOf(m_rendered, firstKey->offset);
        indent = static_cast<int>(firstKey->offset - lineStart);
        insertAt = contentEnd(*node);
    } else if (node && node->isNull() && node == m_root) {
        insertAt = m_rendered.size();
    } else if (node && node->flow) {
        return fail(
            QStringLiteral("edit.flow"),
            tr("“%1” is written in flow style ({…} or […]); edit it in the YAML view.").arg(path));
    } else {
        return fail(QStringLiteral("edit.type"),
                    tr("Cannot add “%1”: its parent is not a map.").arg(path));
    }

    QStringList lines;
    for (qsizetype i = depth; i < components.size(); ++i) {
        const QString pad(indent + 2 * static_cast<int>(i - depth), QLatin1Char(' '));
        const QString key = format(ScalarValue::string(components.at(i)));
        if (i + 1 < components.size()) {
            lines.append(pad + key + QLatin1Char(':'));
        } else if (mode == Insert::ListItem) {
            lines.append(pad + key + QLatin1Char(':'));
            lines.append(pad + QStringLiteral("  - ") + valueText);
        } else if (mode == Insert::Block) {
            lines.append(pad + key + QLatin1Char(':'));
            const QStringList blockLines = valueText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : blockLines)
                lines.append(pad + QStringLiteral("  ") + line);
        } else {
            lines.append(pad + key + QStringLiteral(": ") + valueText);
        }
    }
    return insertLinesAt(insertAt, lines);
}

Result<QString> YamlEditor::remove(const QString &path) const
{
    const Result<Change> change = planRemove(path);
    if (!change)
        return unexpected(change.error());
    // As with every edit: the changed text must parse and read back as exactly the old document
    // without that one entry. A removal that would also change something else (an anchor used
    // elsewhere, a duplicate key showing through) is refused.
    QString rendered = m_rendered;
    rendered.replace(change->renderedStart, change->renderedLength, change->text);
    const YamlParseResult reparsed = parseYaml(rendered, QString());
    const QJsonValue expected = toJson(without(m_root, splitPath(path)));
    if (!reparsed.root || toJson(reparsed.root) != expected)
        return fail(
            QStringLiteral("edit.unverified"),
            tr("Berth could not remove “%1” without disturbing the rest of the file; edit it "
               "in the YAML view.")
                .arg(path));
    return QString(m_template).replace(change->templateStart, change->templateLength, change->text);
}

Result<YamlEditor::Change> YamlEditor::planRemove(const QString &path) const
{
    if (!m_root)
        return fail(QStringLiteral("edit.unparsed"),
                    tr("The file cannot be read as YAML; fix it in the YAML view first."));
    const QStringList components = splitPath(path);
    const YamlNodePtr node = components.isEmpty() ? nullptr : find(m_root, path);
    const YamlNodePtr parent = node
        ? find(m_root, QStringList(components.mid(0, components.size() - 1)).join(QLatin1Char('/')))
        : nullptr;
    if (!node || !parent)
        return fail(QStringLiteral("edit.missing"), tr("“%1” is not in the file.").arg(path));

    if (parent->isMap()) {
        YamlNodePtr key;
        for (const YamlEntry &entry : parent->entries) {
            if (!entry.key->isScalar() || entry.key->scalar != components.constLast())
                continue;
            // Removing the last copy would bring an earlier one back to life.
            if (key)
                return fail(QStringLiteral("edit.duplicate"),
                            tr("“%1” is written more than once; remove the extra copies in the "
                               "YAML view.")
                                .arg(path));
            key = entry.key;
        }
        if (!key || key->offset < 0)
            return fail(
                QStringLiteral("edit.unlocated"),
                tr("Berth cannot find where “%1” is written; edit it in the YAML view.").arg(path));
        if (parent->flow)
            return removeFlowItem(path, key->offset, *node);
        const qsizetype end = std::max(lineEndAfter(key->offset),
                                       node->offset >= key->offset ? contentEnd(*node) : 0);
        return removeLines(path, key->offset, end);
    }
    if (node->offset < 0 && !parent->flow)
        return fail(
            QStringLiteral("edit.unlocated"),
            tr("Berth cannot find where “%1” is written; edit it in the YAML view.").arg(path));
    if (parent->flow)
        return removeFlowItem(path, node->offset, *node);
    // A block item starts at its dash, on the line where its content starts.
    const qsizetype dash = m_rendered.lastIndexOf(QLatin1Char('-'), node->offset - 1);
    if (dash < 0 || dash < lineStartOf(m_rendered, node->offset))
        return fail(QStringLiteral("edit.unlocated"),
                    tr("Berth cannot find the item “%1”; edit it in the YAML view.").arg(path));
    return removeLines(path, dash, std::max(lineEndAfter(dash), contentEnd(*node)));
}

Result<YamlEditor::Change> YamlEditor::removeLines(const QString &path, qsizetype anchor,
                                                   qsizetype end) const
{
    qsizetype start = lineStartOf(m_rendered, anchor);
    const int column = static_cast<int>(anchor - start);
    if (!m_rendered.mid(start, column).trimmed().isEmpty())
        return fail(
            QStringLiteral("edit.shared-line"),
            tr("“%1” shares its line with other content; edit it in the YAML view.").arg(path));
    // Comment lines right above, at the entry's own indentation, describe it: they go too.
    while (start > 0) {
        const qsizetype previous = lineStartOf(m_rendered, start - 1);
        const QString line = m_rendered.mid(previous, start - previous);
        if (indentationOf(line) != column || !line.trimmed().startsWith(QLatin1Char('#')))
            break;
        start = previous;
    }
    // The last line of a file without a final newline: take the line break before it instead,
    // so the file still ends without one.
    if (end >= m_rendered.size() && !m_rendered.endsWith(QLatin1Char('\n')) && start > 0) {
        end = m_rendered.size();
        --start;
        if (start > 0 && m_rendered.at(start - 1) == QLatin1Char('\r'))
            --start;
    }
    const auto templateStart = toTemplate(start);
    const auto templateEnd = toTemplate(end);
    if (!templateStart || !templateEnd || *templateEnd < *templateStart)
        return fail(QStringLiteral("edit.erb"),
                    tr("“%1” is produced by an ERB tag; edit it in the YAML view.").arg(path));
    // An ERB control tag (`<% if … %>`) in the removed text may pair with one outside it.
    static const QRegularExpression controlTag(QStringLiteral("<%-?(?![%=#])"));
    if (m_template.mid(*templateStart, *templateEnd - *templateStart).contains(controlTag))
        return fail(QStringLiteral("edit.erb"),
                    tr("“%1” contains Ruby code (<% … %>); edit it in the YAML view.").arg(path));
    return Change {start, end - start, *templateStart, *templateEnd - *templateStart, QString()};
}

Result<YamlEditor::Change> YamlEditor::removeFlowItem(const QString &path, qsizetype start,
                                                      const YamlNode &node) const
{
    // Only a scalar on one line: `[a, b, c]` → `[a, c]`, `{a: 1, b: 2}` → `{a: 1}`.
    qsizetype end = node.endOffset;
    if (!node.isScalar() || start < 0 || end < start
        || m_rendered.mid(start, end - start).contains(QLatin1Char('\n')))
        return fail(
            QStringLiteral("edit.flow"),
            tr("“%1” is written in flow style ({…} or […]); edit it in the YAML view.").arg(path));
    const auto isBlank = [this](qsizetype i) {
        return i >= 0 && i < m_rendered.size() && m_rendered.at(i) == QLatin1Char(' ');
    };
    qsizetype after = end;
    while (isBlank(after))
        ++after;
    if (after < m_rendered.size() && m_rendered.at(after) == QLatin1Char(',')) {
        end = after + 1;
        while (isBlank(end))
            ++end;
    } else {
        // The last item takes the comma before it.
        qsizetype before = start - 1;
        while (isBlank(before))
            --before;
        if (before >= 0 && m_rendered.at(before) == QLatin1Char(','))
            start = before;
    }
    const auto templateStart = toTemplate(start);
    const auto templateLast = toTemplate(end - 1);
    if (!templateStart || !templateLast || *templateLast + 1 - *templateStart != end - start)
        return fail(QStringLiteral("edit.erb"),
                    tr("“%1” is produced by an ERB tag; edit it in the YAML view.").arg(path));
    return Change {start, end - start, *templateStart, end - start, QString()};
}

Result<YamlEditor::Change> YamlEditor::planAppend(const QString &path,
                                                  const ScalarValue &value) const
{
    if (!m_root)
        return fail(QStringLiteral("edit.unparsed"),
                    tr("The file cannot be read as YAML; fix it in the YAML view first."));
    const YamlNodePtr node = find(m_root, path);
    if (!node || node->isNull())
        return node && node->offset >= 0
            ? fail(QStringLiteral("edit.type"), tr("“%1” is empty; set it first.").arg(path))
            : insertPath(path, format(value), Insert::ListItem);
    if (!node->isSequence())
        return fail(QStringLiteral("edit.not-a-list"), tr("“%1” is not a list.").arg(path));
    return appendItem(path, *node, value);
}

Result<YamlEditor::Change> YamlEditor::appendItem(const QString &path, const YamlNode &sequence,
                                                  const ScalarValue &value) const
{
    const QString text = format(value);
    if (sequence.flow) {
        // Find the closing bracket of `[a, b]`, skipping quoted text.
        int nesting = 0;
        QChar quote;
        for (qsizetype i = sequence.offset; i < m_rendered.size(); ++i) {
            const QChar c = m_rendered.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                else if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                    ++i;
                continue;
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                quote = c;
            else if (c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++nesting;
            else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && --nesting == 0) {
                const auto at = toTemplate(i);
                if (!at)
                    break;
                return Change {i, 0, *at, 0,
                               sequence.items.isEmpty() ? text : QStringLiteral(", ") + text};
            }
        }
        return fail(
            QStringLiteral("edit.unlocated"),
            tr("Berth cannot find the end of the list “%1”; edit it in the YAML view.").arg(path));
    }
    // A block sequence starts at the dash of its first item (an empty first item has no
    // position of its own, so the sequence's is the one to trust).
    const qsizetype dash = sequence.offset;
    if (dash < 0 || dash >= m_rendered.size() || m_rendered.at(dash) != QLatin1Char('-'))
        return fail(QStringLiteral("edit.unlocated"),
                    tr("Berth cannot find the items of “%1”; edit it in the YAML view.").arg(path));
    const qsizetype lineStart = lineStartOf(m_rendered, dash);
    qsizetype itemStart = dash + 1;
    while (itemStart < m_rendered.size() && m_rendered.at(itemStart) == QLatin1Char(' '))
        ++itemStart;
    const bool itemOnDashLine = itemStart < m_rendered.size()
        && m_rendered.at(itemStart) != QLatin1Char('\n')
        && m_rendered.at(itemStart) != QLatin1Char('\r');
    // Reuse the first item's prefix (indentation and the spacing after the dash).
    const QString prefix = QString(static_cast<int>(dash - lineStart), QLatin1Char(' '))
        + (itemOnDashLine ? m_rendered.mid(dash, itemStart - dash) : QStringLiteral("- "));
    return insertLinesAt(contentEnd(sequence), {prefix + text});
}

} // namespace Berth::Config
