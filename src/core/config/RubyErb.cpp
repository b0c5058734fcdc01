#include "core/config/RubyErb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace Berth::Config {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RubyErbRenderer)
};

// Reads a JSON array of templates on stdin and answers a JSON array of outcomes: one Ruby
// process for all files, as Kamal renders them. Exceptions (KeyError from ENV.fetch, …) are
// reported per file, like Kamal's own message, instead of ending the process.
const char *const Script = R"RUBY(
require "erb"
require "json"
$stdout.binmode
out = JSON.parse($stdin.read).map do |text|
  begin
    { "ok" => true, "text" => ERB.new(text, trim_mode: "-").result }
  rescue Exception => e
    { "ok" => false, "error" => "#{e.class}: #{e.message}" }
  end
end
$stdout.write(JSON.generate(out))
)RUBY";

} // namespace

RubyErbRenderer::RubyErbRenderer(QObject *parent)
    : QObject(parent)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(TimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        cancel();
        Q_EMIT failed(Text::tr("Ruby did not finish rendering within %n second(s); a tag in the "
                               "file may be waiting for a command or the network.",
                               nullptr, TimeoutMs / 1000));
    });
}

RubyErbRenderer::~RubyErbRenderer()
{
    cancel();
}

QString RubyErbRenderer::rubyExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("ruby"));
}

bool RubyErbRenderer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void RubyErbRenderer::cancel()
{
    m_timeout->stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(1000); // killed: returns at once; bounded all the same
    }
    process->deleteLater();
}

void RubyErbRenderer::render(const QStringList &files, const QHash<QString, QString> &templates,
                             const QHash<QString, QString> &variables,
                             const QString &workingDirectory)
{
    cancel();
    const QString ruby = rubyExecutable();
    if (ruby.isEmpty()) {
        Q_EMIT failed(Text::tr("Ruby is not installed, so Berth cannot show values computed by "
                               "Ruby. Install Ruby (it includes ERB) and try again."));
        return;
    }
    m_files = files;
    QJsonArray input;
    for (const QString &file : files)
        input.append(templates.value(file));

    auto *process = new QProcess(this);
    m_process = process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    if (!variables.contains(QStringLiteral("KAMAL_DESTINATION")))
        environment.remove(QStringLiteral("KAMAL_DESTINATION")); // Kamal clears it too
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(workingDirectory);
    connect(process, &QProcess::finished, this, &RubyErbRenderer::processFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != m_process)
            return;
        cancel();
        Q_EMIT failed(Text::tr("Ruby could not be started: %1").arg(process->errorString()));
    });
    process->start(
        ruby, {QStringLiteral("-EUTF-8:UTF-8"), QStringLiteral("-e"), QString::fromUtf8(Script)});
    process->write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process->closeWriteChannel();
    m_timeout->start();
}

void RubyErbRenderer::processFinished()
{
    QProcess *process = m_process;
    if (!process)
        return;
    m_timeout->stop();
    const QByteArray output = process->readAllStandardOutput();
    const QString errors = QString::fromUtf8(process->readAllStandardError()).trimmed();
    const bool crashed = process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0;
    m_process = nullptr;
    process->deleteLater();

    const QJsonDocument document = QJsonDocument::fromJson(output);
    if (crashed || !document.isArray() || document.array().size() != m_files.size()) {
        Q_EMIT failed(Text::tr("Ruby could not render the configuration: %1")
                          .arg(errors.isEmpty() ? Text::tr("no answer") : errors.left(400)));
        return;
    }
    QList<Outcome> outcomes;
    const QJsonArray answers = document.array();
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const QJsonObject answer = answers.at(i).toObject();
        Outcome outcome;
        outcome.file = m_files.at(i);
        outcome.ok = answer.value(QLatin1String("ok")).toBool();
        outcome.text = answer.value(QLatin1String("text")).toString();
        outcome.error = answer.value(QLatin1String("error")).toString();
        outcomes.append(outcome);
    }
    Q_EMIT finished(outcomes);
}

} // namespace Berth::Config
