// Queries of the citizen feature: the feedback register and surveys for staff, and the public site's pages
// (nothing here loads Ant Design, so citizens' pages stay light); reply types from contracts.
import { useQuery } from '@tanstack/react-query';
import type { FeedbackDetail, FeedbackList } from '../../../../contracts/citizen-feedback';
import type { PublicFeedbackStatus, TransparencyReply } from '../../../../contracts/citizen-public';
import type { InvitationList, PublicSurvey, Survey, SurveyResults } from '../../../../contracts/citizen-surveys';
import { get, qs } from '../../api/client';

type Filter = Record<string, string | number | undefined>;
type Id = string | number | undefined;

export const useFeedbackList = (filter: Filter) => useQuery({ queryKey: ['feedback', filter], queryFn: () => get<FeedbackList>(`/api/feedback${qs(filter)}`) });

export const useFeedback = (id: Id) => useQuery({ queryKey: ['feedback', id], queryFn: () => get<FeedbackDetail>(`/api/feedback/${id}`) });

export const useSurveys = () => useQuery({ queryKey: ['surveys'], queryFn: () => get<Survey[]>('/api/surveys') });

export const useSurvey = (id: Id) => useQuery({ queryKey: ['survey', id], queryFn: () => get<Survey>(`/api/surveys/${id}`) });

export const useSurveyInvitations = (id: Id) =>
  useQuery({ queryKey: ['survey-invitations', id], queryFn: () => get<InvitationList>(`/api/surveys/${id}/invitations`) });

export const useSurveyResults = (id: Id, filter: Filter) =>
  useQuery({ queryKey: ['survey-results', id, filter], queryFn: () => get<SurveyResults>(`/api/surveys/${id}/results${qs(filter)}`) });

/** A survey as a citizen opens it by its link or invitation key (no retry: a wrong key answers at once). */
export const usePublicSurvey = (key: string) =>
  useQuery({ queryKey: ['public-survey', key], queryFn: () => get<PublicSurvey>(`/api/public/surveys/${encodeURIComponent(key)}`), retry: false });

/** A citizen follows a feedback by its code, asked only once the code has the right form. */
export const usePublicFeedback = (code: string, valid: boolean) =>
  useQuery({
    queryKey: ['public-feedback', code],
    queryFn: () => get<PublicFeedbackStatus>(`/api/public/feedback/${encodeURIComponent(code)}`),
    enabled: valid,
    retry: false,
  });

export const useTransparency = (year: number) =>
  useQuery({ queryKey: ['transparency', year], queryFn: () => get<TransparencyReply>(`/api/public/transparency?year=${year}`) });
