#include "core/config/YamlWriter.h"

#include "core/config/YamlEditor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Berth::Config {

QJsonValue toJson(const YamlNodePtr &node)
{
    if (!node || node->isNull())
        return QJsonValue::Null;
    if (node->isScalar()) {
        if (node->isBoolean())
            return node->booleanValue();
        if (node->isInteger()) {
            bool ok = false;
            const qint64 number = node->scalar.toLongLong(&ok);
            if (ok)
                return number;
        }
        return node->scalar;
    }
    if (node->isSequence()) {
        QJsonArray array;
        for (const YamlNodePtr &item : node->items)
            array.append(toJson(item));
        return array;
    }
    QJsonObject object;
    const QStringList keys = node->keys();
    for (const QString &key : keys)
        object.insert(key, toJson(node->value(key)));
    return object;
}

namespace {

QString scalarText(const YamlNode &node)
{
    if (node.isNull())
        return QStringLiteral("null");
    if (!node.quoted && (node.isBoolean() || node.isInteger() || node.isFloat()))
        return node.scalar;
    // Shown text, not a file: no ERB escaping needed, but the quoting rules still apply.
    return YamlEditor::format(ScalarValue::string(node.scalar))
        .replace(QLatin1String("<%%"), QLatin1String("<%"));
}

bool isEmptyCollection(const YamlNode &node)
{
    return (node.isMap() && node.entries.isEmpty()) || (node.isSequence() && node.items.isEmpty());
}

} // namespace

QString toYaml(const YamlNodePtr &node, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    if (!node || node->isNull() || node->isScalar())
        return pad + (node ? scalarText(*node) : QStringLiteral("null")) + QLatin1Char('\n');
    QString out;
    if (node->isSequence()) {
        if (node->items.isEmpty())
            return pad + QStringLiteral("[]\n");
        for (const YamlNodePtr &item : node->items) {
            if (item->isScalar() || item->isNull() || isEmptyCollection(*item))
                out += pad + QStringLiteral("- ") + toYaml(item, 0);
            else
                out += pad + QStringLiteral("-\n") + toYaml(item, indent + 2);
        }
        return out;
    }
    if (node->entries.isEmpty())
        return pad + QStringLiteral("{}\n");
    const QStringList keys = node->keys();
    for (const QString &key : keys) {
        const YamlNodePtr value = node->value(key);
        const QString written = YamlEditor::format(ScalarValue::string(key))
                                    .replace(QLatin1String("<%%"), QLatin1String("<%"));
        if (!value || value->isScalar() || value->isNull() || isEmptyCollection(*value))
            out += pad + written + QStringLiteral(": ") + toYaml(value, 0);
        else
            out += pad + written + QStringLiteral(":\n") + toYaml(value, indent + 2);
    }
    return out;
}

} // namespace Berth::Config
