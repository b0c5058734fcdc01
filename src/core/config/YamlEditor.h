#pragma once

#include "core/Result.h"
#include "core/config/YamlTree.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace Berth::Config {

// A value as a form field produces it. The type decides how it is written: an Integer or a
// Boolean goes in plain, a String is quoted when YAML would otherwise read it as something else.
struct ScalarValue
{
    enum class Type { String, Integer, Boolean };
    Type type = Type::String;
    QString text;

    static ScalarValue string(QString text) { return {Type::String, std::move(text)}; }
    static ScalarValue integer(qint64 number) { return {Type::Integer, QString::number(number)}; }
    static ScalarValue boolean(bool value)
    {
        return {Type::Boolean, value ? QStringLiteral("true") : QStringLiteral("false")};
    }
};

// Where each offset of the parsed (ERB-rendered) text came from in the file the user wrote.
// nullopt means "inside the output of an ERB tag": such text is computed and cannot be edited.
using SourceMap = std::function<std::optional<qsizetype>(qsizetype renderedOffset)>;

// Turns one edit from a form into the smallest text change in the user's file: a scalar is
// replaced where it stands, a missing key is inserted with its neighbours' indentation, a list
// item is appended after the last one. Comments, ERB tags, blank lines and key order are never
// touched; nothing is re-serialised. Pure: returns the new text, or why it cannot be done.
class YamlEditor
{
    Q_DECLARE_TR_FUNCTIONS(YamlEditor)

public:
    // `templateText` is the file as written; `renderedText` and `root` its rendered and parsed
    // form; `map` leads from rendered offsets back to the template (identity without ERB).
    YamlEditor(QString templateText, QString renderedText, YamlNodePtr root, SourceMap map = {});

    // Sets the scalar at `path` (Kamal's slash form: "proxy/app_port", "servers/web/hosts/0"),
    // creating missing maps along the way.
    [[nodiscard]] Result<QString> set(const QString &path, const ScalarValue &value) const;
    // Appends `value` to the sequence at `path`, creating it (as a block list) when missing.
    [[nodiscard]] Result<QString> append(const QString &path, const ScalarValue &value) const;
    // Adds the map `block` (block-style YAML, unindented) under the new key `path`, e.g. an
    // accessory from a template. Fails when `path` exists.
    [[nodiscard]] Result<QString> insertMap(const QString &path, const QString &block) const;
    // Removes the map entry or list item at `path` with the comment lines right above it (they
    // describe it); an item of a flow list (`[a, b]`) takes its comma along. A map or block list
    // left without entries stays as its bare key (`env:`), which YAML reads as empty.
    [[nodiscard]] Result<QString> remove(const QString &path) const;

    // The node at `path`, or null. Numeric components index sequences.
    [[nodiscard]] static YamlNodePtr find(const YamlNodePtr &root, const QString &path);
    // How `value` is written as a YAML scalar; `like` (may be null) is the scalar it replaces,
    // whose quoting style is kept.
    [[nodiscard]] static QString format(const ScalarValue &value, const YamlNode *like = nullptr);

private:
    // One text change, in both coordinate systems: the rendered text (to verify it) and the
    // template (to make it).
    struct Change
    {
        qsizetype renderedStart = 0;
        qsizetype renderedLength = 0;
        qsizetype templateStart = 0;
        qsizetype templateLength = 0;
        QString text;
    };
    using NodeCheck = std::function<bool(const YamlNode &)>;
    [[nodiscard]] static NodeCheck isScalar(const QString &expected);
    [[nodiscard]] Result<QString> commit(const Result<Change> &change, const QString &path,
                                         const NodeCheck &check) const;
    enum class Insert { Scalar, ListItem, Block };
    [[nodiscard]] Result<Change> planSet(const QString &path, const ScalarValue &value) const;
    [[nodiscard]] Result<Change> planAppend(const QString &path, const ScalarValue &value) const;
    [[nodiscard]] Result<Change> planRemove(const QString &path) const;
    [[nodiscard]] Result<Change> removeFlowItem(const QString &path, qsizetype start,
                                                const YamlNode &node) const;
    [[nodiscard]] Result<Change> removeLines(const QString &path, qsizetype anchor,
                                             qsizetype end) const;
    [[nodiscard]] std::optional<qsizetype> toTemplate(qsizetype renderedOffset) const;
    [[nodiscard]] Result<Change> replaceScalar(const QString &path, const YamlNode &node,
                                               const ScalarValue &value) const;
    [[nodiscard]] Result<Change> insertPath(const QString &path, const QString &valueText,
                                            Insert mode) const;
    [[nodiscard]] Result<Change> appendItem(const QString &path, const YamlNode &sequence,
                                            const ScalarValue &value) const;
    [[nodiscard]] qsizetype contentEnd(const YamlNode &node) const;
    // Offset just past the last scalar inside `node` (-1 when none is located).
    [[nodiscard]] qsizetype lastEnd(const YamlNode &node) const;
    [[nodiscard]] qsizetype lineEndAfter(qsizetype offset) const;
    [[nodiscard]] Result<Change> insertLinesAt(qsizetype renderedLineStart,
                                               const QStringList &lines) const;
    [[nodiscard]] QString newline() const;

    QString m_template;
    QString m_rendered;
    YamlNodePtr m_root;
    SourceMap m_map;
};

} // namespace Berth::Config
