/** Fetches and validates the dataset that ships with the app. */
import dataUrl from '../../data/initiatives.geojson?url';
import { parseDataset, type DataIssue, type ValidDataset } from '../data/validate.ts';
import { err, type Result } from '../lib/result.ts';
import { errorMessage } from '../lib/error-message.ts';

export async function loadDataset(url: string = dataUrl, fetcher: typeof fetch = fetch): Promise<Result<ValidDataset, DataIssue[]>> {
  let text: string;
  try {
    const response = await fetcher(url);
    if (!response.ok)
      return err([{ feature: null, field: '(file)', message: `could not be fetched: ${response.status} ${response.statusText}` }]);
    text = await response.text();
  } catch (error) {
    return err([{ feature: null, field: '(file)', message: `could not be fetched: ${errorMessage(error)}` }]);
  }
  return parseDataset(text);
}
