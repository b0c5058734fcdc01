#pragma once

#include "core/Result.h"
#include "core/config/ConfigLoader.h"

#include <QObject>

namespace Berth::Config {

// The configuration a user is editing: the loaded files, the edits not saved yet (with undo
// and redo), the diagnostics of the edited state, and saving. Every edit is a minimal text
// change made by YamlEditor in the file it belongs in; the whole configuration is re-loaded
// and re-validated from the edited texts after each one (well under a millisecond for real
// files). Lives on the GUI thread; reads only the project's configuration files.
class ConfigSession : public QObject
{
    Q_OBJECT

public:
    explicit ConfigSession(LoadOptions options, QObject *parent = nullptr);

    [[nodiscard]] const LoadedConfig &config() const { return m_config; }
    [[nodiscard]] const LoadOptions &options() const { return m_options; }

    // Switches destination; unsaved edits stay (they belong to files, not destinations).
    void setDestination(const QString &destination);
    // Reads the files from disk again, dropping unsaved edits and the undo history.
    void reload();
    // Variables from the project environment (the keychain), consulted by ERB before the
    // lookup the session was created with; re-renders, keeping unsaved edits.
    void setProjectVariables(const QHash<QString, QString> &variables);

    [[nodiscard]] Result<void> set(const QString &path, const ScalarValue &value);
    [[nodiscard]] Result<void> append(const QString &path, const ScalarValue &value);
    // Adds a whole map (e.g. an accessory from a template) under the new key `path`.
    [[nodiscard]] Result<void> insertMap(const QString &path, const QString &block);
    // Removes a map entry or list item (with the comment lines that describe it).
    [[nodiscard]] Result<void> remove(const QString &path);
    // Replaces a whole file's text, as typed in the YAML view: one undoable edit like any other.
    [[nodiscard]] Result<void> setText(const QString &file, const QString &text);

    [[nodiscard]] bool canUndo() const { return !m_undo.isEmpty(); }
    [[nodiscard]] bool canRedo() const { return !m_redo.isEmpty(); }
    void undo();
    void redo();

    [[nodiscard]] bool isModified() const { return !m_edited.isEmpty(); }
    // What saving would change, as a unified diff per file, relative to the project folder.
    [[nodiscard]] QString pendingDiff() const;
    // Writes every edited file atomically; on failure nothing else is written and the edits stay.
    [[nodiscard]] Result<void> save();
    // Files whose content on disk is no longer what Berth loaded (someone else changed them).
    [[nodiscard]] QStringList changedOnDisk() const;

Q_SIGNALS:
    // The configuration, its diagnostics or the modified state changed.
    void changed();

private:
    struct Edit
    {
        QString file;
        QString before;
        QString after;
    };
    void rebuild();
    // Makes `change` in the file that `path` belongs in, then records and applies it.
    [[nodiscard]] Result<void> edit(
        const QString &path, const std::function<Result<QString>(const YamlEditor &)> &change);
    [[nodiscard]] Result<void> apply(const Result<QString> &edited, const ConfigSource &source);
    [[nodiscard]] QString currentText(const QString &file) const;

    LoadOptions m_options;
    std::function<std::optional<QString>(const QString &)> m_baseVariable;
    LoadedConfig m_config;
    QHash<QString, QByteArray> m_loadedBytes; // what was on disk when loaded, per file
    QHash<QString, QString> m_edited; // current text of files with unsaved edits
    QList<Edit> m_undo;
    QList<Edit> m_redo;
};

} // namespace Berth::Config
