#include "core/Project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Berth {

namespace {

constexpr QLatin1String ConfigRelativePath("config/deploy.yml");

// Reads `service:` only when it is a plain scalar: a value still holding an ERB tag is not a
// name yet (the config model renders ERB; this quick look must not guess).
QString plainServiceName(const QString &configPath)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        const YAML::Node service = root.IsMap() ? root["service"] : YAML::Node();
        if (!service.IsScalar())
            return {};
        const auto name = QString::fromStdString(service.Scalar()).trimmed();
        return name.contains(QLatin1String("<%")) ? QString() : name;
    } catch (const YAML::Exception &) {
        return {}; // a broken file still opens; the config page explains what is wrong
    }
}

} // namespace

Result<Project> Project::open(const QString &folder)
{
    const QFileInfo folderInfo(folder);
    if (folder.trimmed().isEmpty() || !folderInfo.exists())
        return fail(QStringLiteral("project.missing"),
                    tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder)));
    if (!folderInfo.isDir())
        return fail(QStringLiteral("project.not-a-folder"),
                    tr("“%1” is a file. Choose the project folder that contains config/deploy.yml.")
                        .arg(QDir::toNativeSeparators(folder)));

    const QDir root(folderInfo.absoluteFilePath());
    const QFileInfo config(root.filePath(ConfigRelativePath));
    if (!config.isFile())
        return fail(QStringLiteral("project.no-config"),
                    tr("“%1” has no config/deploy.yml, so it is not a Kamal project yet. "
                       "Choose the folder that contains config/deploy.yml, or run “kamal init” "
                       "in this folder first.")
                        .arg(QDir::toNativeSeparators(root.absolutePath())));
    if (!config.isReadable())
        return fail(QStringLiteral("project.unreadable-config"),
                    tr("Berth cannot read “%1”. Check the file's permissions.")
                        .arg(QDir::toNativeSeparators(config.absoluteFilePath())));

    Project project;
    project.m_rootPath = QDir::cleanPath(root.absolutePath());
    project.m_displayName = plainServiceName(config.absoluteFilePath());
    if (project.m_displayName.isEmpty())
        project.m_displayName = root.dirName();

    const QDir configDir(root.filePath(QStringLiteral("config")));
    const auto destinationFiles
        = configDir.entryList({QStringLiteral("deploy.*.yml")}, QDir::Files, QDir::Name);
    for (const QString &fileName : destinationFiles) {
        // deploy.<destination>.yml; the middle part is the destination name.
        const QString destination = fileName.mid(7, fileName.size() - 7 - 4);
        if (!destination.isEmpty() && !destination.contains(QLatin1Char('.')))
            project.m_destinations.append(destination);
    }

    const QDir kamalDir(root.filePath(QStringLiteral(".kamal")));
    const auto secretsFiles = kamalDir.entryList(
        {QStringLiteral("secrets"), QStringLiteral("secrets-common"), QStringLiteral("secrets.*")},
        QDir::Files, QDir::Name);
    for (const QString &fileName : secretsFiles)
        project.m_secretsFiles.append(QStringLiteral(".kamal/") + fileName);

    return project;
}

QString Project::configPath() const
{
    return QDir(m_rootPath).filePath(ConfigRelativePath);
}

} // namespace Berth
