#pragma once

#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;
class QSettings;

namespace Berth {
class ProjectEnvironment;
}

namespace Berth::Engine {

// What `testenv env` exports (tests/env/README.md), the part the sandbox uses.
struct SandboxEnvironment
{
    QStringList hosts;
    QString sshUser;
    QString registryPush; // the registry as this machine (and, through the loopback forward,
                          // every server) sees it: 127.0.0.1:5001
    QString registryUser;
    QString registryPassword;
    QString s3Endpoint;
    QString s3AccessKey;
    QString s3SecretKey;
    QString s3Bucket;
    QString s3Region;
    QString postgresImage;
    QString backupImage;

    // Parses `export NAME=value` lines (values bare or single-quoted, as testenv prints them).
    [[nodiscard]] static Result<SandboxEnvironment> parse(const QString &exportLines);
};

// The sandbox copy of the demo, ready to deploy with destination "sandbox".
struct SandboxProject
{
    QString folder;
    QString destination;
    QString knownHostsFile; // the sandbox servers' host keys (pass as --known-hosts)
    QString url; // where the demo answers once deployed
};

// "Try it locally": starts the test environment's servers (tests/env/testenv up, through
// pkexec when not root; Linux only) as a sandbox, then makes a copy of examples/demo in the
// app data folder whose destination "sandbox" points at them, with the variables and secrets
// it needs in that copy's project environment (keychain; secrets never go to a file). The
// bundled demo is never changed. Lives on the thread that calls start() (the GUI thread):
// the script runs as a QProcess, the copy on a pool thread, the keychain jobs asynchronously.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    using FinishedHandler = std::function<void(Result<SandboxProject>)>;

    // `catalog` (the project environment's catalog of names) is not owned.
    explicit Sandbox(QSettings *catalog, QObject *parent = nullptr);
    ~Sandbox() override;

    // The testenv script: $BERTH_SANDBOX_SCRIPT, else tests/env/testenv of the source checkout
    // the executable was built in (searched upwards from it). Empty when there is none
    // (installed builds do not ship the test environment).
    [[nodiscard]] static QString locateScript();
    // Why the sandbox cannot run here (not Linux, no script, no demo beside it); empty if it can.
    [[nodiscard]] static QString unavailableReason();
    // <app data>/Berth/sandbox: the demo copy and the sandbox's SSH key live there.
    [[nodiscard]] static QString dataFolder();
    [[nodiscard]] static QString projectFolder();

    // config/deploy.sandbox.yml for `env`: the demo on the first sandbox server, the sandbox
    // registry, plain HTTP on the server's address, S3 on the sandbox MinIO, `sshKeyFile`.
    // Holds no secret.
    [[nodiscard]] static QString destinationYaml(const SandboxEnvironment &env,
                                                 const QString &sshKeyFile);
    // The project environment the demo needs (deploy.yml's ENV[…] and .kamal/secrets), and
    // which of them are secret. Generated values (database password, backup passphrase) are
    // passed in `generated` so a second start keeps the first one's.
    struct Variable
    {
        QString name;
        QString value;
        bool secret = true;
    };
    [[nodiscard]] static QList<Variable> variables(const SandboxEnvironment &env,
                                                   const QHash<QString, QString> &generated);

    // Starts the sandbox and prepares the project; `progress` gets one line per testenv part.
    void start(std::function<void(QString)> progress, FinishedHandler finished);
    void cancel();
    [[nodiscard]] bool isRunning() const;

private:
    void scriptFinished(int exitCode);
    void prepared(Result<SandboxProject> project, const SandboxEnvironment &env);
    void storeVariables(const SandboxProject &project, const SandboxEnvironment &env);
    void readNext();
    void storeNext();
    void finish(Result<SandboxProject> result);

    QSettings *m_catalog;
    // The keychain step's state.
    QPointer<ProjectEnvironment> m_environment;
    SandboxProject m_project;
    SandboxEnvironment m_env;
    QHash<QString, QString> m_generated;
    QStringList m_toRead;
    QList<Variable> m_toStore;
    QPointer<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderrTail; // the last lines, for the error message
    QByteArray m_pendingLine;
    std::function<void(QString)> m_progress;
    FinishedHandler m_finished;
};

} // namespace Berth::Engine
