#pragma once

#include "core/config/Diagnostic.h"
#include "core/config/Erb.h"
#include "core/config/YamlEditor.h"
#include "core/config/YamlTree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Berth::Config {

// One configuration file as Berth read it: the bytes on disk (saving without an edit writes
// exactly these back), the template text, its ERB rendering and the parsed YAML.
struct ConfigSource
{
    QString path;
    QByteArray bytes;
    QString templateText;
    bool validUtf8 = true; // edits are refused for files that are not UTF-8, so no byte is lost
    ErbResult erb;
    YamlParseResult yaml;

    // An editor for this file; its edits keep everything they do not change.
    [[nodiscard]] YamlEditor editor() const;
    // The text as written for a node of `yaml.root` (ERB tags included), e.g. for a scalar
    // rendered from `<%= ENV["HOST"] %>` that tag; for a collection its first line.
    [[nodiscard]] QString templateTextOf(const YamlNode &node) const;
    // The same for a path; also for a value that rendered to nothing (`host: <%= ENV["X"] %>`
    // with X unset), whose text is whatever follows its key. Empty when the path is not here.
    [[nodiscard]] QString templateTextAt(const QString &yamlPath) const;
};

struct LoadOptions
{
    QString configFile; // config/deploy.yml (absolute, or relative to the working directory)
    QString destination; // empty: no destination
    ErbContext erb; // variables for ERB; destination is filled in from `destination`
    QStringList hookFiles;
    // Text to use instead of a file's content on disk (unsaved edits), by absolute path.
    QHash<QString, QString> textOverrides;
};

struct LoadedConfig
{
    QList<ConfigSource> sources; // the base file, then the destination file
    YamlNodePtr effective; // base deep-merged with the destination; null if unreadable
    Diagnostics diagnostics; // ERB, YAML, Kamal's checks, Berth's lint — in that order
    QStringList variables; // ENV names the files read

    [[nodiscard]] bool hasErrors() const;
    // The config file could not be read at all (missing, unreadable, not YAML).
    [[nodiscard]] bool unreadable() const { return !effective; }
};

// Loads a Kamal configuration the way Kamal 2.12 does (reference §1.1): the base file and the
// destination file are rendered with ERB (KAMAL_DESTINATION set), parsed, deep-merged
// (nested maps merge, everything else in the destination replaces) and validated. Reads only
// the two files; never runs Ruby or any other program.
[[nodiscard]] LoadedConfig loadConfig(const LoadOptions &options);

// Options for loading the project whose configuration file is `configFile` (its hooks are
// in <project>/.kamal/hooks): ERB variables come from the process environment. The desktop
// app layers the keychain over that once the Secrets page lands.
[[nodiscard]] LoadOptions projectLoadOptions(const QString &configFile, const QString &destination);

// The file an edit of `path` belongs in: the destination file when it already sets `path`,
// else the base file (where Kamal's settings normally live). Null when nothing is readable.
[[nodiscard]] const ConfigSource *sourceForEdit(const LoadedConfig &config, const QString &path);

// ActiveSupport's deep_merge: maps merge key by key (recursively), any other value in
// `overlay` replaces the one in `base`. The result keeps each node's own file and position.
[[nodiscard]] YamlNodePtr deepMerge(const YamlNodePtr &base, const YamlNodePtr &overlay);

// config/deploy.yml + "staging" → config/deploy.staging.yml, as Kamal derives it.
[[nodiscard]] QString destinationFile(const QString &configFile, const QString &destination);

} // namespace Berth::Config
