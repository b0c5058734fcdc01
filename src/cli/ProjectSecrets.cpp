#include "cli/ProjectSecrets.h"

#include "cli/Await.h"
#include "cli/SharedSettings.h"
#include "core/Project.h"
#include "core/config/ConfigLoader.h"
#include "core/config/YamlEditor.h"
#include "core/secrets/SecretsResolver.h"
#include "secrets/ProjectEnvironment.h"

#include <QCoreApplication>

namespace Berth::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCliProjectSecrets)
};

} // namespace

std::optional<ProjectSecrets> resolveProjectSecrets(const Project &project,
                                                    const QString &destination, bool allowCommands,
                                                    const QString &prefix, QTextStream &err)
{
    SharedSettings settings;
    ProjectEnvironment environment(project.rootPath(), destination, &settings);
    ProjectEnvironment::Snapshot snapshot;
    if (!environment.variables().isEmpty()) {
        auto loaded = await<ProjectEnvironment::Snapshot>(
            [&](auto done) { environment.loadSnapshot(done); });
        if (!loaded) {
            err << Text::tr("%1: the keychain cannot be read: %2")
                       .arg(prefix, loaded.error().message)
                << '\n';
            return std::nullopt;
        }
        snapshot = std::move(*loaded);
    }
    const Secrets::ApprovedCommands approved(&settings, environment.projectId());
    Secrets::ResolveRequest resolve;
    resolve.projectFolder = project.rootPath();
    resolve.destination = destination;
    resolve.projectEnvironment = snapshot.values;
    resolve.plainNames = snapshot.plainNames;
    resolve.isApproved = [allowCommands, &approved](const QString &command) {
        return allowCommands || approved.isApproved(command);
    };
    const Config::LoadedConfig forPath
        = Config::loadConfig(Config::projectLoadOptions(project.configPath(), destination));
    if (const Config::YamlNodePtr path = forPath.effective
            ? Config::YamlEditor::find(forPath.effective, QStringLiteral("secrets_path"))
            : nullptr;
        path && path->isScalar() && !path->scalar.isEmpty())
        resolve.secretsPath = path->scalar;
    const Secrets::SecretsResolution resolution = Secrets::resolveSecrets(resolve);

    ProjectSecrets result;
    result.variables = snapshot.values;
    result.secrets = resolution.values();
    result.secretValues = result.secrets;
    for (auto it = snapshot.values.cbegin(); it != snapshot.values.cend(); ++it) {
        if (!snapshot.plainNames.contains(it.key()))
            result.secretValues.insert(it.key(), it.value());
    }
    result.redactor = Secrets::Redactor(result.secretValues);
    for (const Secrets::PendingCommand &pending : resolution.pendingCommands) {
        err << Text::tr("%1: .kamal/secrets needs this command to run: %2 — approve it on the "
                        "Secrets page, or pass --allow-commands.")
                   .arg(prefix, pending.command)
            << '\n';
    }
    if (!resolution.pendingCommands.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace Berth::Cli
