#include "core/config/ConfigLoader.h"

#include "core/config/KamalValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Berth::Config {

namespace {

struct Loader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};

std::optional<ConfigSource> readSource(const QString &path, const ErbContext &context,
                                       const QHash<QString, QString> &overrides,
                                       Diagnostics &diagnostics)
{
    if (const auto override = overrides.constFind(path); override != overrides.cend()) {
        ConfigSource source;
        source.path = path;
        source.templateText = *override;
        source.bytes = override->toUtf8();
        source.erb = renderErb(source.templateText, path, context);
        diagnostics.append(source.erb.diagnostics);
        source.yaml = parseYaml(source.erb.text, path);
        if (source.yaml.error)
            diagnostics.append(*source.yaml.error);
        return source;
    }
    QFile file(path);
    if (!file.exists()) {
        Diagnostic missing;
        missing.code = QStringLiteral("kamal.file-not-found");
        missing.message = QStringLiteral("Configuration file not found in %1").arg(path);
        missing.location.file = path;
        diagnostics.append(missing);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostic unreadable;
        unreadable.code = QStringLiteral("config.unreadable");
        unreadable.message = Loader::tr("Berth cannot read %1: %2").arg(path, file.errorString());
        unreadable.location.file = path;
        diagnostics.append(unreadable);
        return std::nullopt;
    }
    ConfigSource source;
    source.path = path;
    source.bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    source.templateText = decoder.decode(source.bytes);
    source.validUtf8 = !decoder.hasError();
    if (!source.validUtf8) {
        Diagnostic encoding;
        encoding.severity = Severity::Warning;
        encoding.code = QStringLiteral("config.encoding");
        encoding.message
            = Loader::tr("%1 is not valid UTF-8; Berth shows it but will not edit it, so "
                         "no byte of it is lost.")
                  .arg(QFileInfo(path).fileName());
        encoding.location.file = path;
        diagnostics.append(encoding);
    }
    source.erb = renderErb(source.templateText, path, context);
    diagnostics.append(source.erb.diagnostics);
    source.yaml = parseYaml(source.erb.text, path);
    if (source.yaml.error) {
        Diagnostic error = *source.yaml.error;
        // Point at the template the user wrote, not at the rendered text.
        if (error.location.offset >= 0) {
            const qsizetype templateOffset = source.erb.templateOffset(error.location.offset);
            error.location.offset = templateOffset;
            const QStringView before = QStringView(source.templateText).left(templateOffset);
            error.location.line = static_cast<int>(before.count(QLatin1Char('\n'))) + 1;
            error.location.column
                = static_cast<int>(templateOffset - (before.lastIndexOf(QLatin1Char('\n')) + 1))
                + 1;
        }
        diagnostics.append(error);
    }
    return source;
}

// Maps positions of nodes parsed from rendered text back to the template, so diagnostics and
// the form fields point at what the user wrote.
YamlNodePtr toTemplatePositions(const YamlNodePtr &node, const ConfigSource &source,
                                QHash<const YamlNode *, YamlNodePtr> &done)
{
    if (!node)
        return node;
    if (const auto it = done.constFind(node.get()); it != done.cend())
        return *it;
    auto copy = std::make_shared<YamlNode>(*node);
    if (node->offset >= 0) {
        copy->offset = source.erb.templateOffset(node->offset);
        const QStringView before = QStringView(source.templateText).left(copy->offset);
        copy->line = static_cast<int>(before.count(QLatin1Char('\n'))) + 1;
        copy->column
            = static_cast<int>(copy->offset - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
        copy->endOffset = -1; // editing goes through ConfigSource::editor(), which maps itself
    }
    for (YamlEntry &entry : copy->entries)
        entry = {toTemplatePositions(entry.key, source, done),
                 toTemplatePositions(entry.value, source, done)};
    for (YamlNodePtr &item : copy->items)
        item = toTemplatePositions(item, source, done);
    done.insert(node.get(), copy);
    return copy;
}

} // namespace

YamlEditor ConfigSource::editor() const
{
    // The editor may outlive this source: it keeps its own (implicitly shared) copy of the map.
    return {templateText, erb.text, yaml.root,
            [rendering = erb](qsizetype offset) { return rendering.exactTemplateOffset(offset); }};
}

QString ConfigSource::templateTextOf(const YamlNode &node) const
{
    if (node.offset < 0)
        return {};
    qsizetype end = node.endOffset;
    if (end < 0) {
        end = erb.text.indexOf(QLatin1Char('\n'), node.offset);
        if (end < 0)
            end = erb.text.size();
    }
    const qsizetype start = erb.templateOffset(node.offset);
    qsizetype templateEnd = -1;
    if (end > node.offset) {
        if (const auto exact = erb.exactTemplateOffset(end - 1)) {
            templateEnd = *exact + 1;
        } else {
            for (const ErbTag &tag : erb.tags) {
                if (end - 1 >= tag.renderedStart && end - 1 < tag.renderedEnd)
                    templateEnd = tag.templateEnd;
            }
        }
    }
    if (templateEnd < start)
        return {};
    return templateText.mid(start, templateEnd - start).trimmed();
}

LoadOptions projectLoadOptions(const QString &configFile, const QString &destination)
{
    LoadOptions options;
    options.configFile = QFileInfo(configFile).absoluteFilePath();
    options.destination = destination;
    options.erb.variable = [](const QString &name) -> std::optional<QString> {
        if (!qEnvironmentVariableIsSet(qPrintable(name)))
            return std::nullopt;
        return qEnvironmentVariable(qPrintable(name));
    };
    // config/deploy.yml → the project folder holds .kamal/hooks.
    const QDir projectDir = QFileInfo(options.configFile).dir().filePath(QStringLiteral(".."));
    options.hookFiles
        = QDir(projectDir.filePath(QStringLiteral(".kamal/hooks"))).entryList(QDir::Files);
    return options;
}

const ConfigSource *sourceForEdit(const LoadedConfig &config, const QString &path)
{
    if (config.sources.isEmpty() || !config.sources.constFirst().yaml.root)
        return nullptr;
    if (config.sources.size() > 1 && config.sources.constLast().yaml.root
        && YamlEditor::find(config.sources.constLast().yaml.root, path))
        return &config.sources.constLast();
    return &config.sources.constFirst();
}

QString ConfigSource::templateTextAt(const QString &yamlPath) const
{
    const YamlNodePtr node = yaml.root ? YamlEditor::find(yaml.root, yamlPath) : nullptr;
    if (!node)
        return {};
    if (node->offset >= 0)
        return templateTextOf(*node);
    // An empty value has no position of its own: take the text after its key.
    const QString key = yamlPath.section(QLatin1Char('/'), -1);
    const YamlNodePtr parent
        = YamlEditor::find(yaml.root, yamlPath.section(QLatin1Char('/'), 0, -2));
    if (!parent || !parent->isMap())
        return {};
    for (auto it = parent->entries.crbegin(); it != parent->entries.crend(); ++it) {
        if (it->key->scalar != key || it->key->endOffset < 0)
            continue;
        const auto keyEnd = erb.exactTemplateOffset(it->key->endOffset - 1);
        if (!keyEnd)
            return {};
        const qsizetype colon = templateText.indexOf(QLatin1Char(':'), *keyEnd + 1);
        const qsizetype lineEnd = templateText.indexOf(QLatin1Char('\n'), *keyEnd);
        if (colon < 0 || (lineEnd >= 0 && colon > lineEnd))
            return {};
        return templateText
            .mid(colon + 1, (lineEnd < 0 ? templateText.size() : lineEnd) - colon - 1)
            .trimmed();
    }
    return {};
}

bool LoadedConfig::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

QString destinationFile(const QString &configFile, const QString &destination)
{
    const QFileInfo info(configFile);
    const QString suffix = info.suffix();
    const QString stem
        = suffix.isEmpty() ? configFile : configFile.left(configFile.size() - suffix.size() - 1);
    return stem + QLatin1Char('.') + destination
        + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

YamlNodePtr deepMerge(const YamlNodePtr &base, const YamlNodePtr &overlay)
{
    if (!base)
        return overlay;
    if (!overlay)
        return base;
    if (!base->isMap() || !overlay->isMap())
        return overlay;
    auto merged = std::make_shared<YamlNode>(*base);
    merged->entries.clear();
    const QStringList baseKeys = base->keys();
    for (const QString &key : baseKeys) {
        YamlEntry entry;
        for (const YamlEntry &candidate : base->entries) {
            if (candidate.key->scalar == key)
                entry = candidate; // the last duplicate wins, as in the parsed map
        }
        if (const YamlNodePtr over = overlay->value(key))
            entry.value = deepMerge(entry.value, over);
        merged->entries.append(entry);
    }
    const QStringList overlayKeys = overlay->keys();
    for (const QString &key : overlayKeys) {
        if (baseKeys.contains(key))
            continue;
        for (auto it = overlay->entries.crbegin(); it != overlay->entries.crend(); ++it) {
            if (it->key->scalar == key) {
                merged->entries.append(*it);
                break;
            }
        }
    }
    return merged;
}

LoadedConfig loadConfig(const LoadOptions &options)
{
    LoadedConfig loaded;
    ErbContext context = options.erb;
    context.destination = options.destination;

    QList<QString> paths {options.configFile};
    if (!options.destination.isEmpty())
        paths.append(destinationFile(options.configFile, options.destination));

    YamlNodePtr effective;
    bool readable = true;
    for (const QString &path : std::as_const(paths)) {
        auto source = readSource(path, context, options.textOverrides, loaded.diagnostics);
        if (!source || !source->yaml.root) {
            readable = false;
            if (source)
                loaded.sources.append(*source);
            continue;
        }
        if (!source->erb.dotenvVariables.isEmpty()) {
            // Kamal renders every file in one Ruby process: what Dotenv.load put into ENV is
            // there for the destination file too (without overriding what was already set).
            const auto loadedVariables = source->erb.dotenvVariables;
            context.variable = [previous = context.variable,
                                loadedVariables](const QString &name) -> std::optional<QString> {
                if (auto value = previous ? previous(name) : std::nullopt)
                    return value;
                for (const auto &[key, value] : loadedVariables) {
                    if (key == name)
                        return value;
                }
                return std::nullopt;
            };
        }
        for (const QString &variable : std::as_const(source->erb.variables)) {
            if (!loaded.variables.contains(variable))
                loaded.variables.append(variable);
        }
        QHash<const YamlNode *, YamlNodePtr> done;
        const YamlNodePtr root = toTemplatePositions(source->yaml.root, *source, done);
        effective = effective ? deepMerge(effective, root) : root;
        loaded.sources.append(*source);
    }
    if (!readable)
        return loaded;
    loaded.effective = effective && !effective->isNull() ? effective : std::make_shared<YamlNode>();

    ValidationContext validation;
    validation.destination = options.destination;
    validation.hookFiles = options.hookFiles;
    const Diagnostics kamal = validateKamal(loaded.effective, validation);
    loaded.diagnostics.append(kamal);
    // Berth's lint only adds what Kamal's own check at the same place does not already say.
    const Diagnostics lint = lintConfig(loaded.effective, validation);
    for (const Diagnostic &advice : lint) {
        const bool saidAlready
            = std::any_of(kamal.cbegin(), kamal.cend(), [&advice](const Diagnostic &error) {
                  return error.path == advice.path && error.location.line == advice.location.line;
              });
        if (!saidAlready)
            loaded.diagnostics.append(advice);
    }
    return loaded;
}

} // namespace Berth::Config
