#include "engine/Sandbox.h"

#include "secrets/ProjectEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::Sandbox)
};

QString sandboxDestination()
{
    return QStringLiteral("sandbox");
}
// Values generated once per sandbox copy and kept from then on: the database keeps the
// password it was initialised with, and backups stay decryptable.
QStringList generatedNames()
{
    return {QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("BACKUP_PASSPHRASE")};
}

// Runs `testenv up` (its per-part lines to stderr), prints `testenv env` on stdout, and hands
// the SSH key and known_hosts to the user who asked (the env's own copies are root's).
// $1 script, $2 target folder, $3 uid, $4 gid.
const char *const kScript = R"SH(set -e
"$1" up >&2
"$1" env
eval "$("$1" env)"
mkdir -p "$2"
install -m 600 -o "$3" -g "$4" "$BERTH_TEST_SSH_KEY" "$2/id_ed25519"
install -m 644 -o "$3" -g "$4" "$BERTH_TEST_KNOWN_HOSTS" "$2/known_hosts"
)SH";

QString unquote(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\''))
        && value.endsWith(QLatin1Char('\'')))
        return value.mid(1, value.size() - 2).replace(QStringLiteral("'\\''"), QStringLiteral("'"));
    return value;
}

// "10.98.0.1:5001/berth/postgres:15" -> "127.0.0.1:5001/berth/postgres:15": one registry name
// for the host and the servers, the one the project logs in to.
QString onRegistry(const QString &image, const QString &registry)
{
    const qsizetype slash = image.indexOf(QLatin1Char('/'));
    return slash < 0 ? image : registry + image.mid(slash);
}

Result<void> copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    if (!QDir().mkpath(to))
        return fail(QStringLiteral("sandbox.copy"), Text::tr("Cannot create %1.").arg(to));
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        const bool ok = it.fileInfo().isDir() ? QDir().mkpath(target) : QFile::copy(path, target);
        if (!ok)
            return fail(QStringLiteral("sandbox.copy"),
                        Text::tr("Cannot copy %1 to %2.").arg(path, target));
    }
    return {};
}

int runGit(const QString &folder, const QStringList &args)
{
    QProcess git;
    git.setWorkingDirectory(folder);
    git.start(QStringLiteral("git"),
              QStringList {QStringLiteral("-c"), QStringLiteral("user.name=Berth sandbox"),
                           QStringLiteral("-c"), QStringLiteral("user.email=sandbox@berth.invalid")}
                  + args);
    if (!git.waitForFinished(30000))
        return -1;
    return git.exitStatus() == QProcess::NormalExit ? git.exitCode() : -1;
}

// The copy, the destination file and a git repository with one commit (Kamal names the
// version by the commit). Runs on a pool thread: file and process I/O.
Result<SandboxProject> prepareProject(const QString &demo, const SandboxEnvironment &env)
{
    const QString folder = Sandbox::projectFolder();
    QDir old(folder);
    if (old.exists() && !old.removeRecursively())
        return fail(QStringLiteral("sandbox.copy"),
                    Text::tr("Cannot remove the previous sandbox copy %1.").arg(folder));
    if (auto copied = copyTree(demo, folder); !copied)
        return unexpected(copied.error());
    const QString sshFolder = Sandbox::dataFolder() + QStringLiteral("/ssh");
    QSaveFile file(folder + QStringLiteral("/config/deploy.sandbox.yml"));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(
               Sandbox::destinationYaml(env, sshFolder + QStringLiteral("/id_ed25519")).toUtf8())
            < 0
        || !file.commit())
        return fail(QStringLiteral("sandbox.write"),
                    Text::tr("Cannot write %1.").arg(file.fileName()));
    // With a destination Kamal reads .kamal/secrets.<destination>, not .kamal/secrets: the
    // same references (no values), for "sandbox".
    if (!QFile::copy(folder + QStringLiteral("/.kamal/secrets"),
                     folder + QStringLiteral("/.kamal/secrets.") + sandboxDestination()))
        return fail(QStringLiteral("sandbox.write"),
                    Text::tr("Cannot write %1.")
                        .arg(folder + QStringLiteral("/.kamal/secrets.") + sandboxDestination()));
    if (runGit(folder, {QStringLiteral("init"), QStringLiteral("-q")}) != 0
        || runGit(folder, {QStringLiteral("add"), QStringLiteral("-A")}) != 0
        || runGit(folder,
                  {QStringLiteral("commit"), QStringLiteral("-qm"),
                   QStringLiteral("The Berth demo in the local sandbox")})
            != 0)
        return fail(QStringLiteral("sandbox.git"),
                    Text::tr("Cannot make %1 a git repository (is git installed?): Kamal names "
                             "each version by its commit.")
                        .arg(folder));
    SandboxProject project;
    project.folder = folder;
    project.destination = sandboxDestination();
    project.knownHostsFile = sshFolder + QStringLiteral("/known_hosts");
    project.url = QStringLiteral("http://%1/").arg(env.hosts.value(0));
    return project;
}

QString randomSecret()
{
    static const QString alphabet
        = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString out;
    for (int i = 0; i < 32; ++i)
        out += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return out;
}

} // namespace

Result<SandboxEnvironment> SandboxEnvironment::parse(const QString &exportLines)
{
    QHash<QString, QString> values;
    static const QRegularExpression line(QStringLiteral("^export ([A-Z0-9_]+)=(.*)$"));
    for (const QString &text : exportLines.split(QLatin1Char('\n'))) {
        const auto match = line.match(text.trimmed());
        if (match.hasMatch())
            values.insert(match.captured(1), unquote(match.captured(2)));
    }
    SandboxEnvironment env;
    env.hosts = values.value(QStringLiteral("BERTH_TEST_HOSTS"))
                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    env.sshUser = values.value(QStringLiteral("BERTH_TEST_SSH_USER"), QStringLiteral("root"));
    env.registryPush = values.value(QStringLiteral("BERTH_TEST_REGISTRY_PUSH"));
    env.registryUser = values.value(QStringLiteral("BERTH_TEST_REGISTRY_USER"));
    env.registryPassword = values.value(QStringLiteral("BERTH_TEST_REGISTRY_PASSWORD"));
    env.s3Endpoint = values.value(QStringLiteral("BERTH_TEST_S3_ENDPOINT"));
    env.s3AccessKey = values.value(QStringLiteral("BERTH_TEST_S3_ACCESS_KEY"));
    env.s3SecretKey = values.value(QStringLiteral("BERTH_TEST_S3_SECRET_KEY"));
    env.s3Bucket = values.value(QStringLiteral("BERTH_TEST_S3_BUCKET"));
    env.s3Region = values.value(QStringLiteral("BERTH_TEST_S3_REGION"));
    env.postgresImage = values.value(QStringLiteral("BERTH_TEST_POSTGRES_IMAGE"));
    env.backupImage = values.value(QStringLiteral("BERTH_TEST_BACKUP_IMAGE"));
    if (env.hosts.isEmpty() || env.registryPush.isEmpty() || env.registryPassword.isEmpty())
        return fail(QStringLiteral("sandbox.env"),
                    Text::tr("The test environment printed no servers or registry (testenv env)."));
    return env;
}

Sandbox::Sandbox(QSettings *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{ }

Sandbox::~Sandbox()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString Sandbox::locateScript()
{
    const QString fromEnv = qEnvironmentVariable("BERTH_SANDBOX_SCRIPT");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? QFileInfo(fromEnv).absoluteFilePath()
                                                 : QString();
    // build/<preset>/bin/berth → the checkout is a few levels up.
    QDir dir(QCoreApplication::applicationDirPath());
    for (int level = 0; level < 5; ++level) {
        const QString candidate = dir.filePath(QStringLiteral("tests/env/testenv"));
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

QString Sandbox::unavailableReason()
{
#ifndef Q_OS_LINUX
    return Text::tr("The local sandbox needs Linux: its servers are Linux network namespaces.");
#else
    const QString script = locateScript();
    if (script.isEmpty())
        return Text::tr("The local sandbox comes with Berth's source code (tests/env/testenv); "
                        "this build has none. Build Berth from a checkout, or set "
                        "BERTH_SANDBOX_SCRIPT.");
    const QString demo = QFileInfo(script).dir().filePath(QStringLiteral("../../examples/demo"));
    if (!QFileInfo::exists(demo + QStringLiteral("/config/deploy.yml")))
        return Text::tr("The demo project is missing beside %1.").arg(script);
    return {};
#endif
}

QString Sandbox::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Berth/sandbox");
}

QString Sandbox::projectFolder()
{
    return dataFolder() + QStringLiteral("/demo");
}

QString Sandbox::destinationYaml(const SandboxEnvironment &env, const QString &sshKeyFile)
{
    const QString host = env.hosts.value(0);
    const QString registry = env.registryPush;
    QString yaml;
    yaml += QStringLiteral(
        "# The demo in Berth's local sandbox (tests/env/testenv), written by \"Try It Locally\"\n"
        "# and re-created by each start. Secrets are not here: they live in the keychain\n"
        "# (project environment, destination \"sandbox\").\n");
    yaml += QStringLiteral("image: %1/demo\n\n").arg(env.registryUser);
    yaml += QStringLiteral("servers:\n  web:\n    hosts:\n      - %1\n\n").arg(host);
    yaml += QStringLiteral("# Plain HTTP on the server's address: no domain, no certificate.\n"
                           "proxy:\n  ssl: false\n  host: %1\n\n")
                .arg(host);
    yaml += QStringLiteral("# This machine pushes to it and every sandbox server pulls from it at\n"
                           "# the same address.\n"
                           "registry:\n  server: %1\n  username: %2\n\n")
                .arg(registry, env.registryUser);
    yaml += QStringLiteral("# The local engine builds (no BuildKit container to pull).\n"
                           "builder:\n  driver: docker\n\n");
    yaml += QStringLiteral("ssh:\n  user: %1\n  keys:\n    - %2\n  keys_only: true\n\n")
                .arg(env.sshUser, sshKeyFile);
    yaml += QStringLiteral("# The sandbox's Postgres and backup images (built locally, in its "
                           "registry).\naccessories:\n");
    yaml += QStringLiteral("  db:\n    image: %1\n    host: %2\n")
                .arg(onRegistry(env.postgresImage, registry), host);
    yaml += QStringLiteral("  backup:\n    image: %1\n    host: %2\n    env:\n      clear:\n"
                           "        S3_ENDPOINT: %3\n        S3_REGION: %4\n"
                           "        S3_BUCKET: %5\n")
                .arg(onRegistry(env.backupImage, registry), host, env.s3Endpoint, env.s3Region,
                     env.s3Bucket);
    return yaml;
}

QList<Sandbox::Variable> Sandbox::variables(const SandboxEnvironment &env,
                                            const QHash<QString, QString> &generated)
{
    QList<Variable> list {
        {QStringLiteral("KAMAL_SERVER_IP"), env.hosts.value(0), false},
        {QStringLiteral("KAMAL_APP_DOMAIN"), env.hosts.value(0), false},
        {QStringLiteral("KAMAL_REGISTRY_SERVER"), env.registryPush, false},
        {QStringLiteral("KAMAL_REGISTRY_USERNAME"), env.registryUser, false},
        {QStringLiteral("S3_ENDPOINT"), env.s3Endpoint, false},
        {QStringLiteral("S3_REGION"), env.s3Region, false},
        {QStringLiteral("S3_BUCKET"), env.s3Bucket, false},
        {QStringLiteral("KAMAL_REGISTRY_PASSWORD"), env.registryPassword, true},
        {QStringLiteral("S3_ACCESS_KEY_ID"), env.s3AccessKey, true},
        {QStringLiteral("S3_SECRET_ACCESS_KEY"), env.s3SecretKey, true},
    };
    for (const QString &name : generatedNames())
        list.append({name, generated.value(name, randomSecret()), true});
    return list;
}

bool Sandbox::isRunning() const
{
    return m_process || m_finished;
}

void Sandbox::start(std::function<void(QString)> progress, FinishedHandler finished)
{
    m_progress = std::move(progress);
    m_finished = std::move(finished);
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        finish(fail(QStringLiteral("sandbox.unavailable"), reason));
        return;
    }
    m_stdout.clear();
    m_stderrTail.clear();
    m_pendingLine.clear();
    QStringList args {QStringLiteral("-c"), QString::fromLatin1(kScript), QStringLiteral("sh"),
                      locateScript(), dataFolder() + QStringLiteral("/ssh")};
    QString program = QStringLiteral("/bin/sh");
#ifdef Q_OS_UNIX
    args << QString::number(getuid()) << QString::number(getgid());
    // The servers are network namespaces: only root can make them. pkexec asks the user.
    if (geteuid() != 0) {
        args.prepend(program);
        program = QStringLiteral("pkexec");
    }
#endif
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_stdout += m_process->readAllStandardOutput(); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_pendingLine += m_process->readAllStandardError();
        qsizetype end = 0;
        while ((end = m_pendingLine.indexOf('\n')) >= 0) {
            const QString text = QString::fromUtf8(m_pendingLine.left(end)).trimmed();
            m_pendingLine.remove(0, end + 1);
            if (text.isEmpty())
                continue;
            m_stderrTail = QByteArray(m_stderrTail + text.toUtf8() + '\n').right(2000);
            if (m_progress)
                m_progress(text);
        }
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                scriptFinished(status == QProcess::NormalExit ? exitCode : -1);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            scriptFinished(-2);
    });
    if (m_progress)
        m_progress(Text::tr("Starting the sandbox servers (%1 up)…").arg(locateScript()));
    m_process->start(program, args);
}

void Sandbox::cancel()
{
    if (m_process)
        m_process->terminate();
}

void Sandbox::scriptFinished(int exitCode)
{
    if (!m_process)
        return;
    m_process->deleteLater();
    m_process = nullptr;
    if (exitCode != 0) {
        const QString tail = QString::fromUtf8(m_stderrTail).trimmed();
        finish(fail(QStringLiteral("sandbox.up"),
                    exitCode == -2 ? Text::tr("Could not start pkexec to ask for the rights the "
                                              "sandbox needs (root: its servers are network "
                                              "namespaces).")
                                   : Text::tr("The sandbox did not start (testenv up failed)."),
                    tail));
        return;
    }
    auto env = SandboxEnvironment::parse(QString::fromUtf8(m_stdout));
    m_stdout.fill('\0');
    m_stdout.clear();
    if (!env) {
        finish(unexpected(env.error()));
        return;
    }
    if (m_progress)
        m_progress(Text::tr("Copying the demo project to %1…").arg(projectFolder()));
    const QString demo = QDir::cleanPath(
        QFileInfo(locateScript()).dir().filePath(QStringLiteral("../../examples/demo")));
    QPointer<Sandbox> self(this);
    const SandboxEnvironment values = *env;
    QThreadPool::globalInstance()->start([self, demo, values] {
        auto project = prepareProject(demo, values);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, project = std::move(project), values]() mutable {
                if (self)
                    self->prepared(std::move(project), values);
            },
            Qt::QueuedConnection);
    });
}

void Sandbox::prepared(Result<SandboxProject> project, const SandboxEnvironment &env)
{
    if (!project) {
        finish(std::move(project));
        return;
    }
    storeVariables(*project, env);
}

void Sandbox::storeVariables(const SandboxProject &project, const SandboxEnvironment &env)
{
    if (m_progress)
        m_progress(Text::tr("Storing the sandbox's variables and secrets in the keychain…"));
    m_project = project;
    m_env = env;
    m_generated.clear();
    m_toRead = generatedNames();
    m_toStore.clear();
    if (m_environment)
        m_environment->deleteLater();
    m_environment = new ProjectEnvironment(project.folder, project.destination, m_catalog, this);
    readNext();
}

// First the values an earlier start generated (kept), then every variable in turn. The
// callbacks capture the environment's owner, this; destroying it drops them.
void Sandbox::readNext()
{
    while (!m_toRead.isEmpty()) {
        const QString name = m_toRead.takeFirst();
        if (!m_environment->contains(name))
            continue;
        m_environment->get(name, [this, name](const Result<QString> &value) {
            if (value && !value->isEmpty())
                m_generated.insert(name, *value);
            readNext();
        });
        return;
    }
    m_toStore = variables(m_env, m_generated);
    storeNext();
}

void Sandbox::storeNext()
{
    if (m_toStore.isEmpty()) {
        m_env = {};
        m_generated.clear();
        finish(m_project);
        return;
    }
    const Variable variable = m_toStore.takeFirst();
    m_environment->set(
        variable.name, variable.value, variable.secret,
        [this, name = variable.name](const Result<void> &done) {
            if (done) {
                storeNext();
                return;
            }
            m_toStore.clear();
            m_env = {};
            finish(fail(
                QStringLiteral("sandbox.keychain"),
                Text::tr("Cannot store %1 in the keychain: %2").arg(name, done.error().message)));
        });
}

void Sandbox::finish(Result<SandboxProject> result)
{
    FinishedHandler handler = std::move(m_finished);
    m_finished = nullptr;
    if (handler)
        handler(std::move(result));
}

} // namespace Berth::Engine
