#pragma once

#include "core/config/Diagnostic.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Berth::Config {

class YamlNode;
using YamlNodePtr = std::shared_ptr<const YamlNode>;

struct YamlEntry
{
    YamlNodePtr key;
    YamlNodePtr value;
};

// A YAML node with the position it came from, so every diagnostic and every edit can point
// at the user's text. Built from yaml-cpp's tree; kept immutable and shared (aliases point at
// the same node, as they do in YAML).
class YamlNode
{
public:
    enum class Kind { Null, Scalar, Map, Sequence };

    Kind kind = Kind::Null;
    QString file; // the file this node was read from, as given to parseYaml()
    QString scalar; // the scalar's value (already unescaped); empty for collections
    bool quoted = false; // a quoted scalar is always a string, never a number or boolean
    QChar quote; // the quote character used, for quoted scalars (' or ")
    bool flow = false; // `[a, b]` / `{a: b}` rather than block style
    // Position of the node's first character in the parsed text: 0-based offset, 1-based
    // line and column (columns count characters, not bytes).
    qsizetype offset = -1;
    int line = 0;
    int column = 0;
    // For scalars: offset just past the scalar's text (closing quote included); -1 if unknown.
    qsizetype endOffset = -1;
    QList<YamlEntry> entries; // maps, in file order, duplicates kept
    QList<YamlNodePtr> items; // sequences

    [[nodiscard]] bool isMap() const { return kind == Kind::Map; }
    [[nodiscard]] bool isSequence() const { return kind == Kind::Sequence; }
    [[nodiscard]] bool isScalar() const { return kind == Kind::Scalar; }
    [[nodiscard]] bool isNull() const { return kind == Kind::Null; }

    // The value for `key` in a map: the last entry with that key wins, as in Psych.
    [[nodiscard]] YamlNodePtr value(const QString &key) const;
    // Keys of a map in file order, without repeats.
    [[nodiscard]] QStringList keys() const;

    // How Ruby's Psych (YAML 1.1) would type this plain scalar.
    [[nodiscard]] bool isBoolean() const;
    [[nodiscard]] bool isInteger() const;
    [[nodiscard]] bool isFloat() const;
    [[nodiscard]] bool isSymbol() const; // `:name`
    [[nodiscard]] bool booleanValue() const;
};

struct YamlParseResult
{
    YamlNodePtr root; // a Null node for an empty document; null pointer on a syntax error
    std::optional<Diagnostic> error;
};

// Parses `text` (after ERB rendering). Merge keys (`<<: *anchor`, also a list of anchors) are
// resolved as Psych does: the merged entries come first, the map's own entries override them.
// A syntax error becomes a diagnostic with its position in `text`.
[[nodiscard]] YamlParseResult parseYaml(const QString &text, const QString &fileName);

} // namespace Berth::Config
