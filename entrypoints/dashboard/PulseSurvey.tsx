import { useEffect, useRef, useState, type FormEvent } from 'react';
import uPlot from 'uplot';
import { database } from '../../components/database';
import { nextSurveyQuestions, SURVEY_QUESTIONS, SurveyResponseSchema, surveyDue, type SurveyQuestionId, type SurveyResponse } from '../../lib/scorecard';

const SCALE = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;

/**
 * The pulse survey (issue 5): what timelines cannot show — confidence, being understood, the tangible side,
 * projects and costs under control, a mid-term view — is asked, three questions at a time, every N weeks.
 * Answers stay in this browser and feed the scorecard's dimensions and the chart below.
 */
export function PulseSurvey({ responses, intervalWeeks }: { responses: readonly SurveyResponse[]; intervalWeeks: number }) {
  const [dismissed, setDismissed] = useState(false);
  const [answers, setAnswers] = useState<Partial<Record<SurveyQuestionId, number>>>({});
  const [notice, setNotice] = useState<string>();
  const due = surveyDue(responses, intervalWeeks, Date.now());
  const questions = nextSurveyQuestions(responses);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = SurveyResponseSchema.safeParse({ takenAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), answers });
    if (!parsed.success || Object.keys(answers).length === 0) return setNotice('Answer at least one question, or choose “Not now”.');
    await database().surveys.add(parsed.data);
    setAnswers({});
    setNotice('Thank you — your answers are in the scorecard.');
  };

  return (
    <section className="survey" aria-labelledby="survey-title" data-testid="pulse-survey">
      <h3 id="survey-title">Pulse survey</h3>
      {due && !dismissed ? (
        <form onSubmit={(event) => void save(event)}>
          <p className="muted small">Three questions about what tickets cannot show. Your answers stay in this browser.</p>
          {questions.map((question) => (
            <fieldset key={question.id} className="question">
              <legend>{question.text}</legend>
              {SCALE.map((label, index) => (
                <label key={label}>
                  <input type="radio" name={question.id} value={index + 1} checked={answers[question.id] === index + 1} onChange={() => setAnswers({ ...answers, [question.id]: index + 1 })} /> {label}
                </label>
              ))}
            </fieldset>
          ))}
          <button type="submit" className="primary">Save answers</button> <button type="button" onClick={() => setDismissed(true)}>Not now</button>
        </form>
      ) : (
        <p className="muted small">
          {responses.length === 0 ? 'No answers yet.' : `${responses.length} survey${responses.length === 1 ? '' : 's'} answered; the next one in ${intervalWeeks} weeks after the last.`}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      {responses.length > 0 && <SurveyChart responses={responses} />}
    </section>
  );
}

function SurveyChart({ responses }: { responses: readonly SurveyResponse[] }) {
  const box = useRef<HTMLDivElement>(null);
  const asked = SURVEY_QUESTIONS.filter((question) => responses.some((response) => response.answers[question.id] !== undefined));
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const sorted = [...responses].sort((a, b) => (a.takenAt < b.takenAt ? -1 : 1));
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    const ink = dark ? '#c9d1d9' : '#1b1f24';
    const colours = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a3069'];
    const plot = new uPlot(
      {
        width: Math.min(560, element.clientWidth || 560),
        height: 200,
        series: [{}, ...asked.map((question, index) => ({ label: question.id, stroke: colours[index % colours.length], width: 2, points: { show: true }, spanGaps: true }))],
        scales: { x: { time: true }, y: { range: [1, 5] } },
        axes: [{ stroke: ink }, { stroke: ink, label: 'answer (1–5)' }],
      },
      [sorted.map((response) => Date.parse(response.takenAt) / 1000), ...asked.map((question) => sorted.map((response) => response.answers[question.id] ?? null))],
      element,
    );
    return () => plot.destroy();
  }, [responses, asked]);
  return (
    <figure className="chart" data-testid="survey-chart">
      <figcaption>Survey answers over time</figcaption>
      <div ref={box} aria-hidden="true" />
      <table className="visually-hidden">
        <caption>Survey answers (1 = strongly disagree, 5 = strongly agree)</caption>
        <tbody>
          {responses.map((response) => (
            <tr key={response.takenAt}>
              <th scope="row">{response.takenAt.slice(0, 10)}</th>
              <td>{Object.entries(response.answers).map(([id, value]) => `${id}: ${value}`).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
