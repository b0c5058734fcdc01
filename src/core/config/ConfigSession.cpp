#include "core/config/ConfigSession.h"

#include "core/AtomicFile.h"
#include "core/TextDiff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Berth::Config {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConfigSession)
};

} // namespace

ConfigSession::ConfigSession(LoadOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_baseVariable(m_options.erb.variable)
{
    reload();
}

void ConfigSession::setProjectVariables(const QHash<QString, QString> &variables)
{
    m_options.erb.variable
        = [variables, base = m_baseVariable](const QString &name) -> std::optional<QString> {
        if (const auto it = variables.constFind(name); it != variables.cend())
            return *it;
        return base ? base(name) : std::nullopt;
    };
    rebuild();
}

void ConfigSession::setDestination(const QString &destination)
{
    if (destination == m_options.destination)
        return;
    m_options.destination = destination;
    rebuild();
    // The destination file may not have been read yet.
    for (const ConfigSource &source : std::as_const(m_config.sources)) {
        if (!m_loadedBytes.contains(source.path) && !m_edited.contains(source.path))
            m_loadedBytes.insert(source.path, source.bytes);
    }
}

void ConfigSession::reload()
{
    m_edited.clear();
    m_undo.clear();
    m_redo.clear();
    m_loadedBytes.clear();
    rebuild();
    for (const ConfigSource &source : std::as_const(m_config.sources))
        m_loadedBytes.insert(source.path, source.bytes);
}

void ConfigSession::rebuild()
{
    LoadOptions options = m_options;
    options.textOverrides = m_edited;
    m_config = loadConfig(options);
    Q_EMIT changed();
}

QString ConfigSession::currentText(const QString &file) const
{
    for (const ConfigSource &source : m_config.sources) {
        if (source.path == file)
            return source.templateText;
    }
    return m_edited.value(file);
}

Result<void> ConfigSession::apply(const Result<QString> &edited, const ConfigSource &source)
{
    if (!edited)
        return unexpected(edited.error());
    if (!source.validUtf8)
        return fail(QStringLiteral("edit.encoding"),
                    Text::tr("%1 is not UTF-8; Berth does not edit it.")
                        .arg(QFileInfo(source.path).fileName()));
    m_undo.append({source.path, source.templateText, *edited});
    m_redo.clear();
    // An edit that brings the file back to what is on disk leaves nothing to save.
    if (edited->toUtf8() == m_loadedBytes.value(source.path))
        m_edited.remove(source.path);
    else
        m_edited.insert(source.path, *edited);
    rebuild();
    return {};
}

Result<void> ConfigSession::edit(const QString &path,
                                 const std::function<Result<QString>(const YamlEditor &)> &change)
{
    const ConfigSource *source = sourceForEdit(m_config, path);
    if (!source)
        return fail(QStringLiteral("edit.unparsed"),
                    Text::tr("The configuration cannot be read; fix it in the YAML view first."));
    const ConfigSource copy = *source; // rebuild() replaces the sources
    return apply(change(copy.editor()), copy);
}

Result<void> ConfigSession::set(const QString &path, const ScalarValue &value)
{
    return edit(path, [&](const YamlEditor &editor) { return editor.set(path, value); });
}

Result<void> ConfigSession::append(const QString &path, const ScalarValue &value)
{
    return edit(path, [&](const YamlEditor &editor) { return editor.append(path, value); });
}

Result<void> ConfigSession::insertMap(const QString &path, const QString &block)
{
    return edit(path, [&](const YamlEditor &editor) { return editor.insertMap(path, block); });
}

Result<void> ConfigSession::remove(const QString &path)
{
    return edit(path, [&](const YamlEditor &editor) { return editor.remove(path); });
}

Result<void> ConfigSession::setText(const QString &file, const QString &text)
{
    for (const ConfigSource &source : std::as_const(m_config.sources)) {
        if (source.path != file)
            continue;
        if (source.templateText == text)
            return {};
        const ConfigSource copy = source; // rebuild() replaces the sources
        return apply(text, copy);
    }
    return fail(QStringLiteral("edit.file"),
                Text::tr("%1 is not part of this configuration.").arg(QFileInfo(file).fileName()));
}

void ConfigSession::undo()
{
    if (m_undo.isEmpty())
        return;
    const Edit edit = m_undo.takeLast();
    m_redo.append(edit);
    // Back at the text that was loaded means "not modified" again.
    if (edit.before.toUtf8() == m_loadedBytes.value(edit.file))
        m_edited.remove(edit.file);
    else
        m_edited.insert(edit.file, edit.before);
    rebuild();
}

void ConfigSession::redo()
{
    if (m_redo.isEmpty())
        return;
    const Edit edit = m_redo.takeLast();
    m_undo.append(edit);
    if (edit.after.toUtf8() == m_loadedBytes.value(edit.file))
        m_edited.remove(edit.file);
    else
        m_edited.insert(edit.file, edit.after);
    rebuild();
}

QString ConfigSession::pendingDiff() const
{
    const QDir projectDir = QFileInfo(m_options.configFile).dir().filePath(QStringLiteral(".."));
    QString diff;
    QStringList files = m_edited.keys();
    files.sort();
    for (const QString &file : std::as_const(files)) {
        diff += unifiedDiff(QString::fromUtf8(m_loadedBytes.value(file)), m_edited.value(file),
                            QDir::cleanPath(projectDir.relativeFilePath(file)));
    }
    return diff;
}

Result<void> ConfigSession::save()
{
    const QStringList conflicts = changedOnDisk();
    if (!conflicts.isEmpty())
        return fail(
            QStringLiteral("save.conflict"),
            Text::tr("%1 changed on disk since Berth read it. Reload it (your unsaved edits are "
                     "lost) or save elsewhere first.")
                .arg(conflicts.join(QStringLiteral(", "))));
    QStringList files = m_edited.keys();
    files.sort();
    for (const QString &file : std::as_const(files)) {
        const QByteArray bytes = m_edited.value(file).toUtf8();
        if (auto written = AtomicFile::write(file, bytes); !written)
            return written;
        m_loadedBytes.insert(file, bytes);
        m_edited.remove(file);
    }
    m_undo.clear();
    m_redo.clear();
    rebuild();
    return {};
}

QStringList ConfigSession::changedOnDisk() const
{
    QStringList changed;
    for (auto it = m_loadedBytes.cbegin(); it != m_loadedBytes.cend(); ++it) {
        QFile file(it.key());
        const QByteArray now = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (now != it.value())
            changed.append(QFileInfo(it.key()).fileName());
    }
    changed.sort();
    return changed;
}

} // namespace Berth::Config
